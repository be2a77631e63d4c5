package io.recouvra.debts;

/**
 * The command to onboard a creditor: its master data, the client id of its application and the
 * first member of its collection staff; checked by the facade.
 *
 * @param creditor the creditor's master data
 * @param clientId the client id its application will authenticate with
 * @param firstStaff the first credit controller
 */
public record OnboardCreditor(NewCreditor creditor, String clientId, FirstStaff firstStaff) {

  /**
   * The first credit controller of a creditor, who signs in with their e-mail address.
   *
   * @param email their e-mail address
   * @param firstName their first name
   * @param lastName their last name
   */
  public record FirstStaff(String email, String firstName, String lastName) {

    @Override
    public String toString() {
      return "FirstStaff[…]";
    }
  }
}
