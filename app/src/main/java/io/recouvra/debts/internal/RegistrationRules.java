package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtorType;
import io.recouvra.debts.DebtorView;
import io.recouvra.debts.RegisterDebt;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.audit.Digest;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problems;
import io.recouvra.shared.money.InvalidMoneyException;
import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks a debt registration; every problem found is reported at once. */
public final class RegistrationRules {
  static final int MAX_DESCRIPTION = 500;
  private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

  private RegistrationRules() {}

  /** The checked registration, or every problem of the input. */
  public static Outcome<CheckedRegistration> check(
      RegisterDebt input, CreditorView creditor, LocalDate today) {
    Problems problems = new Problems();
    problems.requireText("externalReference", input.externalReference(), DebtorRules.MAX_REFERENCE);
    problems.limitLength("description", input.description(), MAX_DESCRIPTION);
    Optional<Money> principal = principal(input, problems);
    DatesRules.check(input.issuedOn(), input.dueOn(), input.exigibleOn(), today, problems);
    DebtorView debtor = null;
    if (input.debtor() == null) {
      problems.requirePresent("debtor", null);
    } else {
      debtor = DebtorRules.check("debtor", input.debtor(), creditor, problems);
    }
    DebtNature nature = input.nature() == null ? DebtNature.GOODS_OR_SERVICES : input.nature();
    Optional<BigDecimal> contractRate =
        contractPenaltyRate(input.contractPenaltyRate(), debtor, creditor, problems);
    if (nature == DebtNature.CONSUMER_CREDIT
        && debtor != null
        && debtor.type() != DebtorType.CONSUMER) {
      problems.add(
          "nature", ErrorCode.NOT_APPLICABLE, "nature CONSUMER_CREDIT needs a CONSUMER debtor");
    }
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    String reference = input.externalReference().trim();
    Optional<String> description =
        Optional.ofNullable(input.description()).map(String::trim).filter(t -> !t.isEmpty());
    LocalDate exigibleOn = input.exigibleOn() == null ? input.dueOn() : input.exigibleOn();
    List<Object> content =
        new ArrayList<>(
            List.of(
                reference,
                description.orElse(""),
                principal.orElseThrow(),
                input.issuedOn(),
                input.dueOn(),
                exigibleOn,
                debtor.customerReference()));
    content.addAll(termsBeyondTheFirstRelease(nature, contractRate));
    String fingerprint = Digest.of(content.toArray());
    return Outcome.done(
        new CheckedRegistration(
            reference,
            description,
            principal.orElseThrow(),
            input.issuedOn(),
            input.dueOn(),
            exigibleOn,
            debtor,
            nature,
            contractRate,
            fingerprint));
  }

  /**
   * The terms added after the first release, in the fingerprint only when they differ from the
   * defaults, so a debt registered before them keeps its fingerprint and an identical retry still
   * finds it.
   */
  private static List<Object> termsBeyondTheFirstRelease(
      DebtNature nature, Optional<BigDecimal> contractRate) {
    if (nature == DebtNature.GOODS_OR_SERVICES && contractRate.isEmpty()) {
      return List.of();
    }
    return List.of(nature.name(), contractRate.map(BigDecimal::toPlainString).orElse(""));
  }

  /**
   * The contract's penalty rate: a plain decimal percent from 0 (excluded) to 100 with at most 4
   * decimals, for a professional creditor and a professional or public debtor only, since it
   * replaces the statutory rate of Code de commerce L441-10 between professionals.
   */
  private static Optional<BigDecimal> contractPenaltyRate(
      String text, DebtorView debtor, CreditorView creditor, Problems problems) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String field = "contractPenaltyRate";
    if (!text.trim().matches("\\d{1,3}(\\.\\d{1,4})?")) {
      problems.add(
          field,
          ErrorCode.INVALID_FORMAT,
          field + " must be a plain decimal percent, e.g. \"12.50\"");
      return Optional.empty();
    }
    BigDecimal percent = new BigDecimal(text.trim());
    if (percent.signum() <= 0 || percent.compareTo(MAX_PERCENT) > 0) {
      problems.add(field, ErrorCode.OUT_OF_RANGE, field + " must be above 0 and at most 100");
      return Optional.empty();
    }
    boolean professionalDebtor =
        debtor != null
            && (debtor.type() == DebtorType.PROFESSIONAL
                || debtor.type() == DebtorType.PUBLIC_ENTITY);
    if (creditor.naturalPersonOutsideTrade() || !professionalDebtor) {
      problems.add(
          field,
          ErrorCode.NOT_APPLICABLE,
          field + " applies only between professionals (Code de commerce L441-10)");
      return Optional.empty();
    }
    return Optional.of(percent);
  }

  private static Optional<Money> principal(RegisterDebt input, Problems problems) {
    if (input.principalAmount() == null || input.currency() == null) {
      problems.requirePresent("principal.amount", input.principalAmount());
      problems.requirePresent("principal.currency", input.currency());
      return Optional.empty();
    }
    try {
      Money principal = Money.parse(input.principalAmount().trim(), input.currency().trim());
      if (!principal.isPositive()) {
        problems.add(
            "principal.amount", ErrorCode.NOT_POSITIVE, "principal.amount must be above zero");
        return Optional.empty();
      }
      return Optional.of(principal);
    } catch (InvalidMoneyException e) {
      switch (e.reason()) {
        case UNKNOWN_CURRENCY ->
            problems.add(
                "principal.currency",
                ErrorCode.UNKNOWN_CURRENCY,
                "principal.currency must be an ISO 4217 currency code, e.g. EUR");
        case TOO_MANY_DECIMALS ->
            problems.add(
                "principal.amount",
                ErrorCode.TOO_MANY_DECIMALS,
                "principal.amount has more decimals than its currency allows");
        case MALFORMED_AMOUNT ->
            problems.add(
                "principal.amount",
                ErrorCode.INVALID_FORMAT,
                "principal.amount must be a plain decimal string, e.g. \"120.50\"");
      }
      return Optional.empty();
    }
  }
}
