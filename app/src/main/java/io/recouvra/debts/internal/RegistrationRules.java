package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtorView;
import io.recouvra.debts.RegisterDebt;
import io.recouvra.shared.audit.Digest;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problems;
import io.recouvra.shared.money.InvalidMoneyException;
import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/** Checks a debt registration; every problem found is reported at once. */
public final class RegistrationRules {
  static final int MAX_DESCRIPTION = 500;

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
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    String reference = input.externalReference().trim();
    Optional<String> description =
        Optional.ofNullable(input.description()).map(String::trim).filter(t -> !t.isEmpty());
    LocalDate exigibleOn = input.exigibleOn() == null ? input.dueOn() : input.exigibleOn();
    String fingerprint =
        Digest.of(
            reference,
            description.orElse(""),
            principal.orElseThrow(),
            input.issuedOn(),
            input.dueOn(),
            exigibleOn,
            debtor.customerReference());
    return Outcome.done(
        new CheckedRegistration(
            reference,
            description,
            principal.orElseThrow(),
            input.issuedOn(),
            input.dueOn(),
            exigibleOn,
            debtor,
            fingerprint));
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
