package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit log: every command recorded, per creditor, chained, without personal data. */
@RecouvraIT
class AuditIT {
  private static final String TRAIL =
      """
      query Trail($after: String) {
        auditTrail(first: 100, after: $after) {
          nodes { sequence action targets actor payloadDigest hash }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();
  @RegisterExtension static final CreditorFixture other = new CreditorFixture();

  private static List<JsonValue> trail(CreditorFixture of, Identity who) {
    List<JsonValue> entries = new ArrayList<>();
    String after = null;
    do {
      Map<String, Object> variables = new HashMap<>();
      variables.put("after", after);
      GraphQlResponse page = of.api().graphql(TRAIL, variables, who).assertNoErrors();
      entries.addAll(page.list("auditTrail.nodes"));
      after =
          page.bool("auditTrail.pageInfo.hasNextPage")
              ? page.string("auditTrail.pageInfo.endCursor")
              : null;
    } while (after != null);
    return entries;
  }

  private static String uuidOf(String globalId) {
    String plain = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
    return plain.substring(plain.indexOf(':') + 1);
  }

  @Test
  void recordsEachCommandWithItsTargetsAndNoPersonalData() {
    GraphQlResponse registered =
        creditor.register(DebtInput.valid().description("Réparation chaudière, Camille"));
    String debt = "Debt:" + uuidOf(registered.string("registerDebt.debt.id"));

    List<JsonValue> entries = trail(creditor, creditor.as("compliance-officer"));

    assertThat(entries)
        .anySatisfy(
            entry -> {
              assertThat(entry.asJsonObject().getString("action")).isEqualTo("debts.registerDebt");
              assertThat(entry.asJsonObject().getJsonArray("targets").toString()).contains(debt);
              assertThat(entry.asJsonObject().getString("payloadDigest")).matches("[0-9a-f]{64}");
            });
    assertThat(entries.toString()).doesNotContain("Camille", "chaudière");
  }

  @Test
  void showsACreditorsStaffOnlyTheirOwnEntries() {
    String debt =
        "Debt:" + uuidOf(creditor.register(DebtInput.valid()).string("registerDebt.debt.id"));

    List<JsonValue> foreign = trail(other, other.as("compliance-officer"));

    assertThat(foreign.toString()).doesNotContain(debt);
  }

  @Test
  void refusesTheTrailToCreditControllersAndTheChainCheckToComplianceOfficers() {
    GraphQlResponse asController =
        creditor.api().graphql(TRAIL, Map.of(), creditor.creditController());
    GraphQlResponse chainAsOfficer =
        creditor
            .api()
            .graphql("{ auditChain { intact } }", Map.of(), creditor.as("compliance-officer"));

    assertThat(asController.errorCodes()).containsExactly("FORBIDDEN");
    assertThat(chainAsOfficer.errorCodes()).containsExactly("FORBIDDEN");
  }

  @Test
  void keepsTheChainIntactAcrossCommands() {
    creditor.register(DebtInput.valid());

    GraphQlResponse check =
        creditor
            .api()
            .graphql(
                "{ auditChain { intact checkedEntries firstBrokenSequence headHash } }",
                Map.of(),
                Identity.admin())
            .assertNoErrors();

    assertThat(check.bool("auditChain.intact")).isTrue();
    assertThat(Long.parseLong(check.string("auditChain.checkedEntries"))).isPositive();
    assertThat(check.isNull("auditChain.firstBrokenSequence")).isTrue();
    assertThat(check.string("auditChain.headHash")).matches("[0-9a-f]{64}");
  }
}
