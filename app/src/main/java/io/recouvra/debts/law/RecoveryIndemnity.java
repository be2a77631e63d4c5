package io.recouvra.debts.law;

import io.recouvra.debts.DebtorType;
import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The fixed recovery indemnity (Code de commerce L441-10, D441-5): once per invoice paid late,
 * without VAT, only when both parties are professionals and no collective proceeding bars paying
 * it; a public-sector buyer owes its own fixed amount (verify). The amount is the one in force on
 * the first day late. A higher indemnity on proof of costs is not computed here.
 */
public final class RecoveryIndemnity {

  private static final Currency EURO = Currency.getInstance("EUR");

  private final TermTable terms;

  /** The indemnity read from {@code tables}. */
  public RecoveryIndemnity(LawTables tables) {
    this.terms = tables.terms();
  }

  /**
   * The indemnity owed on the invoice of {@code claim}, in euros, or empty when none is owed: paid
   * on time, a party that is not a professional, or a collective proceeding barring it.
   *
   * @throws RateUnknownException when the amount is not known for the first day late
   */
  public Optional<Money> owed(IndemnityClaim claim) {
    boolean late = claim.paidOrAsOf().isAfter(claim.dueOn());
    boolean owingDebtor =
        claim.debtorType() == DebtorType.PROFESSIONAL
            || claim.debtorType() == DebtorType.PUBLIC_ENTITY;
    if (!late
        || !claim.creditorProfessional()
        || !owingDebtor
        || claim.collectiveProceedingBars()) {
      return Optional.empty();
    }
    TermKind kind =
        claim.debtorType() == DebtorType.PUBLIC_ENTITY
            ? TermKind.PUBLIC_SECTOR_RECOVERY_INDEMNITY_EUR
            : TermKind.RECOVERY_INDEMNITY_EUR;
    LocalDate firstDayLate = claim.dueOn().plusDays(1);
    return Optional.of(Money.of(terms.valueOn(kind, firstDayLate), EURO));
  }
}
