package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.FileTransfer;
import io.recouvra.it.support.FileTransfer.Answer;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import io.recouvra.it.support.UserError;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The statement of account, made on request and downloaded through a signed link. */
@RecouvraIT
class StatementIT {
  private static final String STATEMENT =
      """
      mutation S($input: CreateDebtStatementInput!) {
        createDebtStatement(input: $input) {
          link { url expiresAt }
          userErrors { field message code }
        }
      }
      """;

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();
  @RegisterExtension static final CreditorFixture other = new CreditorFixture();

  private static FileTransfer files;
  private static GraphQlResponse registered;

  @BeforeAll
  static void registerADebt(SuiteServer server) {
    files = new FileTransfer(server.baseUri());
    registered = creditor.register(DebtInput.valid());
  }

  private static GraphQlResponse statement(String debtorId, Identity who) {
    return creditor.api().graphql(STATEMENT, Map.of("input", Map.of("debtorId", debtorId)), who);
  }

  @Test
  void staffDownloadAPdfStatementThroughTheLink() {
    String debtor = registered.string("registerDebt.debt.debtor.id");

    GraphQlResponse made =
        statement(debtor, creditor.creditController()).assertNoUserErrors("createDebtStatement");
    Answer pdf =
        files.download(made.string("createDebtStatement.link.url"), creditor.creditController());

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.header("Content-Disposition")).startsWith("attachment");
  }

  @Test
  void aDebtorGetsTheStatementOfTheFileTheyClaimedAndNoOther() {
    Identity debtor = Identity.debtor("statement-" + UUID.randomUUID());
    creditor
        .api()
        .graphql(
            "mutation C($input: ClaimFileInput!) { claimFile(input: $input) { userErrors { code } } }",
            Map.of(
                "input",
                Map.of(
                    "reference", registered.string("registerDebt.debt.creditorReference"),
                    "accessCode", registered.string("registerDebt.debt.accessCode"))),
            debtor)
        .assertNoUserErrors("claimFile");
    String own = registered.string("registerDebt.debt.debtor.id");
    String foreign = other.register(DebtInput.valid()).string("registerDebt.debt.debtor.id");

    GraphQlResponse mine = statement(own, debtor);
    GraphQlResponse theirs = statement(foreign, debtor);

    mine.assertNoUserErrors("createDebtStatement");
    assertThat(files.download(mine.string("createDebtStatement.link.url"), debtor).status())
        .isEqualTo(200);
    assertThat(theirs.userErrors("createDebtStatement"))
        .extracting(UserError::code)
        .containsExactly("NOT_FOUND");
  }

  @Test
  void anotherCreditorsStaffGetNothing() {
    String debtor = registered.string("registerDebt.debt.debtor.id");

    GraphQlResponse answer = statement(debtor, other.creditController());

    assertThat(answer.userErrors("createDebtStatement"))
        .extracting(UserError::code)
        .containsExactly("NOT_FOUND");
  }
}
