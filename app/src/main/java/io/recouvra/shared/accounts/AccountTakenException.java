package io.recouvra.shared.accounts;

/** The identity provider already has a client or an account of that name; nothing was created. */
public class AccountTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountTakenException(String what) {
    super(what + " is already taken at the identity provider", null, false, false);
  }
}
