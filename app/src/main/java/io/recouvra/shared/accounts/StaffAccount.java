package io.recouvra.shared.accounts;

/**
 * A staff account as created at the identity provider. The temporary password is handed to the
 * administrator once; the person must replace it at their first sign-in.
 *
 * @param subject the account's id, the {@code sub} of its tokens
 * @param username the name it signs in with (its e-mail address)
 * @param temporaryPassword the password to replace at the first sign-in
 */
public record StaffAccount(String subject, String username, String temporaryPassword) {

  @Override
  public String toString() {
    return "StaffAccount[" + subject + "]";
  }
}
