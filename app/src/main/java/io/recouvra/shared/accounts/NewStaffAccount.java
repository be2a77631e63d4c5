package io.recouvra.shared.accounts;

/**
 * The person for whom a staff account is created, already checked by the caller.
 *
 * @param email their e-mail address, which is also the name they sign in with
 * @param firstName their first name
 * @param lastName their last name
 */
public record NewStaffAccount(String email, String firstName, String lastName) {

  @Override
  public String toString() {
    return "NewStaffAccount[…]";
  }
}
