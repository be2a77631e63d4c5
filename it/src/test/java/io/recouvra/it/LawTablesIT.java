package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.it.support.AuditReader;
import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.FileTransfer;
import io.recouvra.it.support.GraphQlClient;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import io.recouvra.it.support.UserError;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The law tables in the database, through the API: an administrator adds a row that every read sees
 * at once; an overlap or a bad figure is refused on its field and writes nothing; nobody else may
 * add; a day no row covers is reported, and the daily check warns about today. The rows added here
 * lie in 2031 and later, with figures no text ever set, so no real figure is ever invented.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class LawTablesIT {

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  private static final String TEST_REFERENCE = "Integration test row: not a figure of the law";

  private static final String ADD_RATE =
      """
      mutation AddLawRate($input: AddLawRateInput!) {
        addLawRate(input: $input) {
          rate { kind validFrom validTo percent legalReference verified note
                 entry { addedBy addedAt closedBy closedAt } }
          closedRate { kind validFrom validTo entry { closedBy closedAt } }
          userErrors { field message code }
        }
      }
      """;
  private static final String RATES =
      """
      query Rates($kind: LawRateKind) {
        lawRates(kind: $kind) { kind validFrom validTo percent legalReference verified note
                                entry { addedBy } }
      }
      """;
  private static final String GAPS =
      """
      query Gaps($on: Date) { lawTableGaps(on: $on) { on rateKinds termKinds periodKinds } }
      """;

  private GraphQlClient api;

  @BeforeEach
  void connect(SuiteServer server) {
    api = new GraphQlClient(server.baseUri());
  }

  @Test
  void anAdministratorAddsARateThatEveryReadSeesAtOnce() {
    GraphQlResponse added =
        addRate(rate("ECB_MAIN_REFINANCING", "2031-01-01", "2031-06-30", "9.87"), Identity.admin());

    assertThat(added.userErrors("addLawRate")).isEmpty();
    assertThat(added.string("addLawRate.rate.percent")).isEqualTo("9.87");
    assertThat(added.string("addLawRate.rate.entry.addedBy")).isEqualTo(adminSubject());
    assertThat(added.isNull("addLawRate.closedRate")).isTrue();
    List<JsonObject> ecb = rates("ECB_MAIN_REFINANCING", Identity.admin());
    assertThat(ecb)
        .extracting(row -> row.getString("validFrom"), row -> row.getString("percent"))
        .contains(tuple("2026-01-01", "2.15"), tuple("2031-01-01", "9.87"));
    assertThat(ecb)
        .filteredOn(row -> row.getString("validFrom").equals("2031-01-01"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.getString("validTo")).isEqualTo("2031-06-30");
              assertThat(row.getString("legalReference")).isEqualTo(TEST_REFERENCE);
              assertThat(row.getBoolean("verified")).isFalse();
            });
    assertThat(gaps("2031-03-01").getJsonArray("rateKinds").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .doesNotContain("ECB_MAIN_REFINANCING")
        .contains("LEGAL_INTEREST_OTHER_CREDITOR");
    assertThat(AuditReader.targetsOf(api, "debts.addLawRate"))
        .anySatisfy(
            targets -> assertThat(targets).singleElement().asString().startsWith("LawRate:"));
  }

  @Test
  void endsAnOpenEndedRowOnlyWhenAskedTo() {
    addRate(rate("ECB_MAIN_REFINANCING", "2033-01-01", null, "8.76"), Identity.admin())
        .assertNoUserErrors("addLawRate");

    GraphQlResponse silently =
        addRate(rate("ECB_MAIN_REFINANCING", "2034-01-01", "2034-06-30", "8.65"), Identity.admin());
    Map<String, Object> closing = rate("ECB_MAIN_REFINANCING", "2034-01-01", "2034-06-30", "8.65");
    closing.put("closePrevious", true);
    GraphQlResponse explicitly = addRate(closing, Identity.admin());

    assertThat(silently.userErrors("addLawRate"))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).containsExactly("input", "validFrom");
              assertThat(error.code()).isEqualTo("OVERLAPPING_ROW");
              assertThat(error.message())
                  .contains("row from 2033-01-01, with no end")
                  .contains("closePrevious");
            });
    assertThat(explicitly.userErrors("addLawRate")).isEmpty();
    assertThat(explicitly.string("addLawRate.closedRate.validTo")).isEqualTo("2033-12-31");
    assertThat(explicitly.string("addLawRate.closedRate.entry.closedBy")).isEqualTo(adminSubject());
    assertThat(rates("ECB_MAIN_REFINANCING", Identity.admin()))
        .extracting(row -> row.getString("validFrom"), row -> text(row, "validTo"))
        .contains(tuple("2033-01-01", "2033-12-31"), tuple("2034-01-01", "2034-06-30"));
  }

  @Test
  void refusesAnOverlapOnItsFieldNamingTheRowAndWritesNothing() {
    GraphQlResponse intoShipped =
        addRate(rate("ECB_MAIN_REFINANCING", "2026-06-01", "2026-12-31", "7.65"), Identity.admin());
    GraphQlResponse intoOpenEnded =
        addRate(rate("LATE_PAYMENT_MARGIN", "2031-01-01", null, "7.65"), Identity.admin());

    assertThat(intoShipped.userErrors("addLawRate"))
        .extracting(UserError::field, UserError::code, UserError::message)
        .containsExactly(
            tuple(
                List.of("input", "validFrom"),
                "OVERLAPPING_ROW",
                "these days overlap the ECB_MAIN_REFINANCING row from 2026-01-01 to 2026-06-30"));
    assertThat(intoShipped.isNull("addLawRate.rate")).isTrue();
    assertThat(intoOpenEnded.userErrors("addLawRate"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "validFrom"), "OVERLAPPING_ROW"));
    assertThat(rates("ECB_MAIN_REFINANCING", Identity.admin()))
        .extracting(row -> row.getString("validFrom"))
        .doesNotContain("2026-06-01");
    assertThat(rates("LATE_PAYMENT_MARGIN", Identity.admin()))
        .singleElement()
        .satisfies(row -> assertThat(row.isNull("validTo")).isTrue());
  }

  @Test
  void refusesBadFiguresAndDatesOnTheirFieldsAndWritesNothing() {
    Map<String, Object> tooHigh = rate("LEGAL_INTEREST_OTHER_CREDITOR", "2031-01-01", null, "215");
    Map<String, Object> backwards =
        rate("LEGAL_INTEREST_OTHER_CREDITOR", "2031-06-30", "2031-01-01", "2,15");
    backwards.put("legalReference", " ");

    GraphQlResponse high = addRate(tooHigh, Identity.admin());
    GraphQlResponse wrong = addRate(backwards, Identity.admin());
    GraphQlResponse unknownKind =
        addRate(rate("ECB_DEPOSIT_FACILITY", "2031-01-01", null, "1"), Identity.admin());

    assertThat(high.userErrors("addLawRate"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "percent"), "OUT_OF_RANGE"));
    assertThat(wrong.userErrors("addLawRate"))
        .extracting(UserError::field, UserError::code)
        .containsExactlyInAnyOrder(
            tuple(List.of("input", "percent"), "INVALID_FORMAT"),
            tuple(List.of("input", "validTo"), "DATE_ORDER"),
            tuple(List.of("input", "legalReference"), "REQUIRED"));
    assertThat(unknownKind.errors()).isNotEmpty();
    assertThat(unknownKind.errors().get(0).message()).containsIgnoringCase("LawRateKind");
    assertThat(rates("LEGAL_INTEREST_OTHER_CREDITOR", Identity.admin()))
        .extracting(row -> row.getString("validFrom"))
        .doesNotContain("2031-01-01", "2031-06-30");
  }

  @Test
  void onlyAdministratorsAddRowsAndARefusalWritesNothing() {
    Map<String, Object> row =
        rate("LEGAL_INTEREST_NATURAL_PERSON_CREDITOR", "2035-01-01", null, "6");
    Identity officer = new Identity(List.of("compliance-officer"), Optional.empty());

    for (Identity who :
        List.of(creditor.creditController(), creditor.clientApp(), officer, debtor())) {
      assertThat(addRate(row, who).errorCodes()).as("%s", who.roles()).containsExactly("FORBIDDEN");
    }
    assertThat(addRate(row, Identity.anonymous()).errorCodes()).containsExactly("UNAUTHENTICATED");
    assertThat(rates("LEGAL_INTEREST_NATURAL_PERSON_CREDITOR", Identity.admin()))
        .extracting(found -> found.getString("validFrom"))
        .doesNotContain("2035-01-01");
  }

  @Test
  void staffReadEveryTableClientAppsTheRatesAloneDebtorsNone() {
    String terms = "{ lawTerms { kind value legalReference verified } }";
    String periods = "{ limitationPeriods { kind regime length validFrom validTo verified } }";

    assertThat(rates(null, creditor.clientApp())).isNotEmpty();
    assertThat(api.graphql(terms, creditor.clientApp()).errorCodes()).containsExactly("FORBIDDEN");
    assertThat(api.graphql(GAPS, creditor.clientApp()).errorCodes()).containsExactly("FORBIDDEN");
    assertThat(api.graphql(RATES, debtor()).errorCodes()).containsExactly("FORBIDDEN");
    assertThat(
            api
                .graphql(terms, creditor.creditController())
                .assertNoErrors()
                .list("lawTerms")
                .stream()
                .map(JsonValue::asJsonObject))
        .anySatisfy(
            term -> {
              assertThat(term.getString("kind")).isEqualTo("RECOVERY_INDEMNITY_EUR");
              assertThat(term.getString("value")).isEqualTo("40");
            });
    assertThat(
            api
                .graphql(periods, new Identity(List.of("compliance-officer"), Optional.empty()))
                .assertNoErrors()
                .list("limitationPeriods")
                .stream()
                .map(JsonValue::asJsonObject))
        .anySatisfy(
            period -> {
              assertThat(period.getString("kind")).isEqualTo("CONSUMER_CREDIT");
              assertThat(period.getString("regime")).isEqualTo("FORCLUSION");
              assertThat(period.getString("length")).isEqualTo("P2Y");
              assertThat(period.getBoolean("verified")).isFalse();
            });
  }

  @Test
  void reportsTheKindsNoRowCoversOnADayAndTodayByDefault() {
    JsonObject winter2026 = gaps("2026-12-04");
    JsonObject spring2025 = gaps("2025-03-01");
    JsonObject today =
        api.graphql(GAPS, Map.of(), creditor.creditController())
            .assertNoErrors()
            .data("lawTableGaps")
            .asJsonObject();

    assertThat(winter2026.getString("on")).isEqualTo("2026-12-04");
    assertThat(strings(winter2026, "rateKinds"))
        .containsExactlyInAnyOrder(
            "ECB_MAIN_REFINANCING",
            "LEGAL_INTEREST_NATURAL_PERSON_CREDITOR",
            "LEGAL_INTEREST_OTHER_CREDITOR");
    assertThat(strings(winter2026, "termKinds")).isEmpty();
    assertThat(strings(winter2026, "periodKinds")).isEmpty();
    assertThat(strings(spring2025, "rateKinds")).isEmpty();
    assertThat(strings(spring2025, "termKinds")).isEmpty();
    assertThat(LocalDate.parse(today.getString("on"))).isAfter(LocalDate.of(2026, 12, 1));
  }

  @Test
  void theDailyCheckWarnsAboutTodaysMissingKinds() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String warning = "";
    while (warning.isEmpty() && System.nanoTime() < deadline) {
      warning =
          FileTransfer.serverLogs()
              .lines()
              .filter(line -> line.contains("Law tables have no row for"))
              .findFirst()
              .orElse("");
      Thread.sleep(500);
    }

    assertThat(warning)
        .as("a warning of the daily check in the server's logs")
        .containsPattern("\\bW\\b|WARNING")
        .contains("ECB_MAIN_REFINANCING")
        .contains("LEGAL_INTEREST_OTHER_CREDITOR");
  }

  private GraphQlResponse addRate(Map<String, Object> input, Identity who) {
    return api.graphql(ADD_RATE, Map.of("input", input), who);
  }

  private List<JsonObject> rates(String kind, Identity who) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("kind", kind);
    return api.graphql(RATES, variables, who).assertNoErrors().list("lawRates").stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private JsonObject gaps(String day) {
    return api.graphql(GAPS, Map.of("on", day), Identity.admin())
        .assertNoErrors()
        .data("lawTableGaps")
        .asJsonObject();
  }

  private String adminSubject() {
    return api.graphql("{ viewer { subject } }", Identity.admin())
        .assertNoErrors()
        .string("viewer.subject");
  }

  /** A rate row of the tests: a made-up figure, flagged unverified, named as a test row. */
  private static Map<String, Object> rate(String kind, String from, String to, String percent) {
    Map<String, Object> input = new HashMap<>();
    input.put("kind", kind);
    input.put("validFrom", from);
    input.put("validTo", to);
    input.put("percent", percent);
    input.put("legalReference", TEST_REFERENCE);
    input.put("verified", false);
    input.put("note", "made up for a test");
    return input;
  }

  private static Identity debtor() {
    return Identity.debtor("law-tables-it-debtor");
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String text(JsonObject object, String key) {
    return object.isNull(key) ? "" : object.getString(key);
  }
}
