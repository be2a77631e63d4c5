package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.UserError;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Debtors claiming their files with the reference and access code of a letter. */
@RecouvraIT
class ClaimIT {
  private static final String CLAIM =
      """
      mutation Claim($input: ClaimFileInput!) {
        claimFile(input: $input) { debtor { id name } userErrors { field message code } }
      }
      """;
  private static final String VIEWER =
      """
      { viewer { subject roles claimedDebtors { id name
          debts { edges { node { id externalReference accessCode } } } } } }
      """;

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  private record Letter(String debtId, String reference, String accessCode) {}

  private static Letter newLetter() {
    GraphQlResponse registered = creditor.register(DebtInput.valid());
    return new Letter(
        registered.string("registerDebt.debt.id"),
        registered.string("registerDebt.debt.creditorReference"),
        registered.string("registerDebt.debt.accessCode"));
  }

  private static GraphQlResponse claim(Identity who, String reference, String code) {
    return creditor
        .api()
        .graphql(CLAIM, Map.of("input", Map.of("reference", reference, "accessCode", code)), who);
  }

  private static Identity someone() {
    return Identity.debtor("person-" + UUID.randomUUID());
  }

  @Test
  void aDebtorClaimsTheirFileAndSeesItsDebtsButNotTheAccessCodes() {
    Letter letter = newLetter();
    Identity camille = someone();

    claim(camille, letter.reference(), letter.accessCode()).assertNoUserErrors("claimFile");
    GraphQlResponse viewer = creditor.api().graphql(VIEWER, Map.of(), camille).assertNoErrors();

    assertThat(viewer.list("viewer.claimedDebtors")).hasSize(1);
    assertThat(viewer.string("viewer.claimedDebtors.0.debts.edges.0.node.id"))
        .isEqualTo(letter.debtId());
    assertThat(viewer.isNull("viewer.claimedDebtors.0.debts.edges.0.node.accessCode")).isTrue();
    assertThat(viewer.string("viewer.roles.0")).isEqualTo("debtor");
  }

  @Test
  void acceptsTheReferenceAsPrintedWithSpacesAndTheCodeInLowerCase() {
    Letter letter = newLetter();
    String printed = letter.reference().replaceAll("(.{4})", "$1 ").trim();

    GraphQlResponse claimed =
        claim(someone(), printed, letter.accessCode().toLowerCase(java.util.Locale.ROOT));

    claimed.assertNoUserErrors("claimFile");
  }

  @Test
  void aCodeWorksOnceAndAnotherPersonLearnsNothingFromIt() {
    Letter letter = newLetter();
    Identity first = someone();
    claim(first, letter.reference(), letter.accessCode()).assertNoUserErrors("claimFile");

    GraphQlResponse reused = claim(someone(), letter.reference(), letter.accessCode());
    GraphQlResponse guessed = claim(someone(), letter.reference(), "ABCD-EFGH-JKMN");

    assertThat(reused.userErrors("claimFile"))
        .extracting(UserError::code)
        .containsExactly("INVALID_ACCESS_CODE");
    assertThat(reused.data("claimFile.userErrors")).isEqualTo(guessed.data("claimFile.userErrors"));
    claim(first, letter.reference(), letter.accessCode()).assertNoUserErrors("claimFile");
  }

  @Test
  void anotherDebtorCannotReadAClaimedFile() {
    Letter letter = newLetter();
    claim(someone(), letter.reference(), letter.accessCode()).assertNoUserErrors("claimFile");

    GraphQlResponse stranger =
        creditor
            .api()
            .graphql(
                "query D($id: ID!) { debt(id: $id) { id } }",
                Map.of("id", letter.debtId()),
                someone())
            .assertNoErrors();

    assertThat(stranger.isNull("debt")).isTrue();
  }

  @Test
  void wrongAttemptsAreLimitedEvenWhenTheRightCodeFollows() {
    Letter letter = newLetter();
    Identity guesser = someone();
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(
              claim(guesser, letter.reference(), "ABCD-EFGH-JKM" + attempt).userErrors("claimFile"))
          .extracting(UserError::code)
          .containsExactly("INVALID_ACCESS_CODE");
    }

    GraphQlResponse right = claim(guesser, letter.reference(), letter.accessCode());

    assertThat(right.userErrors("claimFile"))
        .extracting(UserError::code)
        .containsExactly("TOO_MANY_ATTEMPTS");
  }

  @Test
  void onlyDebtorsClaimFiles() {
    Letter letter = newLetter();

    GraphQlResponse asStaff =
        claim(creditor.creditController(), letter.reference(), letter.accessCode());

    assertThat(asStaff.errorCodes()).containsExactly("FORBIDDEN");
  }
}
