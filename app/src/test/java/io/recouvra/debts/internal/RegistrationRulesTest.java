package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtorDetails;
import io.recouvra.debts.DebtorDetails.AddressDetails;
import io.recouvra.debts.DebtorType;
import io.recouvra.debts.PostalAddress;
import io.recouvra.debts.RegisterDebt;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.id.CreditorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final CreditorView CREDITOR =
      new CreditorView(
          CreditorId.random(),
          "Acme",
          Optional.of("732829320"),
          false,
          new PostalAddress(List.of("1 rue"), "75001", "Paris", "FR"),
          "FR7630006000011234567890189",
          Optional.empty(),
          Optional.empty(),
          ZoneId.of("Europe/Paris"),
          CreditorView.DEFAULT_LIMITATION_ALERT_DAYS);

  private static DebtorDetails debtor() {
    return new DebtorDetails("C-1", DebtorType.CONSUMER, "Camille", null, null, null, null, null);
  }

  private static RegisterDebt debt(
      String amount, String currency, LocalDate issued, LocalDate due) {
    return new RegisterDebt(
        "INV-1", "Invoice", amount, currency, issued, due, null, debtor(), null, null);
  }

  private static List<String> codesAt(Outcome<?> outcome, String field) {
    return outcome.problems().stream()
        .filter(p -> String.join(".", p.field()).equals(field))
        .map(Problem::code)
        .map(ErrorCode::name)
        .toList();
  }

  @Test
  void accepts_a_valid_registration_and_defaults_exigibility_to_the_due_date() {
    Outcome<CheckedRegistration> outcome =
        RegistrationRules.check(
            debt("120.50", "EUR", TODAY.minusDays(40), TODAY.minusDays(10)), CREDITOR, TODAY);

    CheckedRegistration checked = outcome.value().orElseThrow();
    assertThat(checked.principal().amountText()).isEqualTo("120.50");
    assertThat(checked.exigibleOn()).isEqualTo(TODAY.minusDays(10));
    assertThat(checked.debtor().timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(checked.debtor().language().getLanguage()).isEqualTo("fr");
  }

  @Test
  void refuses_zero_and_negative_principals() {
    LocalDate issued = TODAY.minusDays(1);
    assertThat(
            codesAt(
                RegistrationRules.check(debt("0", "EUR", issued, TODAY), CREDITOR, TODAY),
                "principal.amount"))
        .containsExactly("NOT_POSITIVE");
    assertThat(
            codesAt(
                RegistrationRules.check(debt("-5.00", "EUR", issued, TODAY), CREDITOR, TODAY),
                "principal.amount"))
        .containsExactly("NOT_POSITIVE");
  }

  @Test
  void refuses_more_decimals_than_the_currency_has_and_unknown_currencies() {
    LocalDate issued = TODAY.minusDays(1);
    assertThat(
            codesAt(
                RegistrationRules.check(debt("1.005", "EUR", issued, TODAY), CREDITOR, TODAY),
                "principal.amount"))
        .containsExactly("TOO_MANY_DECIMALS");
    assertThat(
            codesAt(
                RegistrationRules.check(debt("10", "EURO", issued, TODAY), CREDITOR, TODAY),
                "principal.currency"))
        .containsExactly("UNKNOWN_CURRENCY");
  }

  @Test
  void refuses_a_due_date_before_the_issue_date_and_an_issue_date_in_the_future() {
    Outcome<CheckedRegistration> outcome =
        RegistrationRules.check(
            debt("10.00", "EUR", TODAY.plusDays(2), TODAY.plusDays(1)), CREDITOR, TODAY);

    assertThat(codesAt(outcome, "issuedOn")).containsExactly("DATE_ORDER");
    assertThat(codesAt(outcome, "dueOn")).containsExactly("DATE_ORDER");
  }

  @Test
  void refuses_an_exigibility_after_the_due_date() {
    RegisterDebt input =
        new RegisterDebt(
            "INV-1",
            null,
            "10.00",
            "EUR",
            TODAY.minusDays(9),
            TODAY,
            TODAY.plusDays(1),
            debtor(),
            null,
            null);

    assertThat(codesAt(RegistrationRules.check(input, CREDITOR, TODAY), "exigibleOn"))
        .containsExactly("DATE_ORDER");
  }

  @Test
  void reports_every_problem_of_the_debtor_at_once() {
    DebtorDetails bad =
        new DebtorDetails(
            "",
            null,
            "x".repeat(201),
            new AddressDetails(List.of(), "", "", "France"),
            "not-an-email",
            "0612345678",
            "de",
            "Mars/Olympus");
    RegisterDebt input =
        new RegisterDebt("INV-1", null, "10.00", "EUR", TODAY, TODAY, null, bad, null, null);

    Outcome<CheckedRegistration> outcome = RegistrationRules.check(input, CREDITOR, TODAY);

    assertThat(outcome.problems())
        .extracting(p -> String.join(".", p.field()) + ":" + p.code())
        .containsExactlyInAnyOrder(
            "debtor.customerReference:REQUIRED",
            "debtor.type:REQUIRED",
            "debtor.name:TOO_LONG",
            "debtor.postalAddress.lines:REQUIRED",
            "debtor.postalAddress.postalCode:REQUIRED",
            "debtor.postalAddress.city:REQUIRED",
            "debtor.postalAddress.country:INVALID_FORMAT",
            "debtor.email:INVALID_FORMAT",
            "debtor.phone:INVALID_FORMAT",
            "debtor.language:INVALID_FORMAT",
            "debtor.timeZone:INVALID_FORMAT");
  }

  @Test
  void refuses_a_missing_debtor_and_overlong_texts() {
    RegisterDebt input =
        new RegisterDebt(
            "R".repeat(65), "d".repeat(501), "10.00", "EUR", TODAY, TODAY, null, null, null, null);

    Outcome<CheckedRegistration> outcome = RegistrationRules.check(input, CREDITOR, TODAY);

    assertThat(outcome.problems())
        .extracting(p -> String.join(".", p.field()) + ":" + p.code())
        .containsExactlyInAnyOrder(
            "externalReference:TOO_LONG", "description:TOO_LONG", "debtor:REQUIRED");
  }

  @Test
  void gives_the_same_fingerprint_to_the_same_content_whatever_the_debtor_details() {
    RegisterDebt first = debt("10.00", "EUR", TODAY, TODAY);
    RegisterDebt withEmail =
        new RegisterDebt(
            "INV-1",
            "Invoice",
            "10.00",
            "EUR",
            TODAY,
            TODAY,
            null,
            new DebtorDetails(
                "C-1", DebtorType.CONSUMER, "Camille", null, "c@example.org", null, null, null),
            null,
            null);
    RegisterDebt otherAmount = debt("10.01", "EUR", TODAY, TODAY);

    String fingerprint = fingerprint(first);
    assertThat(fingerprint(withEmail)).isEqualTo(fingerprint);
    assertThat(fingerprint(otherAmount)).isNotEqualTo(fingerprint);
  }

  @Test
  void a_contract_penalty_rate_applies_between_professionals_only() {
    DebtorDetails business =
        new DebtorDetails("B-1", DebtorType.PROFESSIONAL, "Batiplus", null, null, null, null, null);
    RegisterDebt toBusiness =
        new RegisterDebt(
            "INV-1", null, "10.00", "EUR", TODAY, TODAY, null, business, null, " 12.5 ");
    RegisterDebt toConsumer =
        new RegisterDebt("INV-1", null, "10.00", "EUR", TODAY, TODAY, null, debtor(), null, "12.5");

    assertThat(RegistrationRules.check(toBusiness, CREDITOR, TODAY).value().orElseThrow())
        .extracting(CheckedRegistration::contractPenaltyPercent)
        .isEqualTo(Optional.of(new BigDecimal("12.5")));
    assertThat(codesAt(RegistrationRules.check(toConsumer, CREDITOR, TODAY), "contractPenaltyRate"))
        .containsExactly("NOT_APPLICABLE");
  }

  @Test
  void refuses_a_contract_penalty_rate_that_is_not_a_plain_percent_up_to_100() {
    DebtorDetails business =
        new DebtorDetails("B-1", DebtorType.PROFESSIONAL, "Batiplus", null, null, null, null, null);

    for (String[] bad :
        new String[][] {
          {"-1", "INVALID_FORMAT"},
          {"1e2", "INVALID_FORMAT"},
          {"0", "OUT_OF_RANGE"},
          {"100.0001", "OUT_OF_RANGE"},
          {"12.12345", "INVALID_FORMAT"}
        }) {
      RegisterDebt input =
          new RegisterDebt(
              "INV-1", null, "10.00", "EUR", TODAY, TODAY, null, business, null, bad[0]);
      assertThat(codesAt(RegistrationRules.check(input, CREDITOR, TODAY), "contractPenaltyRate"))
          .as(bad[0])
          .containsExactly(bad[1]);
    }
  }

  @Test
  void a_consumer_credit_is_owed_by_a_consumer_and_changes_the_fingerprint() {
    DebtorDetails business =
        new DebtorDetails("B-1", DebtorType.PROFESSIONAL, "Batiplus", null, null, null, null, null);
    RegisterDebt credit =
        new RegisterDebt(
            "INV-1",
            null,
            "10.00",
            "EUR",
            TODAY,
            TODAY,
            null,
            debtor(),
            DebtNature.CONSUMER_CREDIT,
            null);
    RegisterDebt businessCredit =
        new RegisterDebt(
            "INV-1",
            null,
            "10.00",
            "EUR",
            TODAY,
            TODAY,
            null,
            business,
            DebtNature.CONSUMER_CREDIT,
            null);
    RegisterDebt plain =
        new RegisterDebt("INV-1", null, "10.00", "EUR", TODAY, TODAY, null, debtor(), null, null);
    RegisterDebt explicitDefault =
        new RegisterDebt(
            "INV-1",
            null,
            "10.00",
            "EUR",
            TODAY,
            TODAY,
            null,
            debtor(),
            DebtNature.GOODS_OR_SERVICES,
            null);

    assertThat(codesAt(RegistrationRules.check(businessCredit, CREDITOR, TODAY), "nature"))
        .containsExactly("NOT_APPLICABLE");
    assertThat(fingerprint(credit)).isNotEqualTo(fingerprint(plain));
    assertThat(fingerprint(explicitDefault)).isEqualTo(fingerprint(plain));
  }

  private static String fingerprint(RegisterDebt input) {
    return RegistrationRules.check(input, CREDITOR, TODAY).value().orElseThrow().fingerprint();
  }
}
