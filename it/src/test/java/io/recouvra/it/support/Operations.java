package io.recouvra.it.support;

/** The GraphQL documents the suite sends, written as a client app would write them. */
public final class Operations {

  /** Every field of a debt the tests look at. */
  public static final String DEBT_FIELDS =
      """
      fragment DebtFields on Debt {
        id externalReference description
        principal { amount currency } balance { amount currency }
        issuedOn dueOn exigibleOn status closureReason
        statusHistory { status reason }
        creditorReference accessCode registeredAt
        debtor { id customerReference type name }
      }
      """;

  public static final String USER_ERRORS = "userErrors { field message code }";

  public static final String CREATE_CREDITOR =
      """
      mutation CreateCreditor($input: CreateCreditorInput!) {
        createCreditor(input: $input) { creditor { id } %s }
      }
      """
          .formatted(USER_ERRORS);

  public static final String ONBOARD_CREDITOR =
      """
      mutation OnboardCreditor($input: OnboardCreditorInput!) {
        onboardCreditor(input: $input) {
          creditor { id legalName }
          clientApp { clientId clientSecret }
          firstStaff { username temporaryPassword }
          %s
        }
      }
      """
          .formatted(USER_ERRORS);

  public static final String REGISTER_DEBT =
      """
      mutation RegisterDebt($input: RegisterDebtInput!) {
        registerDebt(input: $input) { debt { ...DebtFields } %s }
      }
      """
              .formatted(USER_ERRORS)
          + DEBT_FIELDS;

  public static final String UPDATE_DEBT =
      """
      mutation UpdateDebt($input: UpdateDebtInput!) {
        updateDebt(input: $input) { debt { ...DebtFields } %s }
      }
      """
              .formatted(USER_ERRORS)
          + DEBT_FIELDS;

  public static final String CANCEL_DEBT =
      """
      mutation CancelDebt($input: CancelDebtInput!) {
        cancelDebt(input: $input) { debt { ...DebtFields } %s }
      }
      """
              .formatted(USER_ERRORS)
          + DEBT_FIELDS;

  public static final String DEBT =
      """
      query Debt($id: ID!) { debt(id: $id) { ...DebtFields } }
      """
          + DEBT_FIELDS;

  public static final String NODE =
      """
      query Node($id: ID!) { node(id: $id) { id ... on Debt { ...DebtFields } } }
      """
          + DEBT_FIELDS;

  public static final String DEBTS =
      """
      query Debts($first: Int, $after: String, $filter: DebtFilter) {
        debts(first: $first, after: $after, filter: $filter) {
          edges { cursor node { ...DebtFields } }
          pageInfo { hasNextPage endCursor }
        }
      }
      """
          + DEBT_FIELDS;

  public static final String DEBTOR =
      """
      query Debtor($id: ID!) {
        debtor(id: $id) {
          id customerReference type name
          debts(first: 100) { edges { node { id } } pageInfo { hasNextPage } }
        }
      }
      """;

  public static final String DEBTORS =
      """
      query Debtors { debtors(first: 100) { edges { node { id customerReference } } } }
      """;

  private Operations() {}
}
