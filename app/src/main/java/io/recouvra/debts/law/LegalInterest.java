package io.recouvra.debts.law;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Legal interest (Code civil 1231-6, 1344-1) from the receipt of a formal notice, at the rate of
 * each day's half-year in the column of the creditor's category; raised by {@link
 * RateKind#JUDGMENT_SURCHARGE} points once {@link TermKind#JUDGMENT_SURCHARGE_DELAY_MONTHS} months
 * have passed since a judgment became enforceable (Code monétaire et financier L313-3). The delay
 * is counted as Code de procédure civile 641 counts months: enforceable on 15 March, the delay ends
 * on 15 May and the surcharge applies from 16 May. Capitalisation (1343-2) is not applied.
 */
public final class LegalInterest {

  private final RateTable rates;
  private final TermTable terms;

  /** Legal interest read from {@code tables}. */
  public LegalInterest(LawTables tables) {
    this.rates = tables.rates();
    this.terms = tables.terms();
  }

  /**
   * The legal interest on {@code claim}, from the day after the notice was received to its last day
   * counted.
   *
   * @throws RateUnknownException when a day counted has no known rate
   */
  public InterestAccrual accrue(LegalInterestClaim claim) {
    return InterestAccrual.accrue(
        claim.base(),
        claim.noticeReceivedOn().plusDays(1),
        claim.until(),
        dailyRate(claim.creditor(), claim.judgmentEnforceableOn()),
        claim.changes());
  }

  /** The rate of each day for {@code creditor}, surcharged after an enforceable judgment. */
  public DailyRate dailyRate(CreditorCategory creditor, Optional<LocalDate> enforceableOn) {
    Optional<LocalDate> surchargeFrom = enforceableOn.map(this::firstSurchargedDay);
    return day -> rateOn(creditor.legalInterestKind(), surchargeFrom, day);
  }

  private LocalDate firstSurchargedDay(LocalDate enforceableOn) {
    int months =
        terms.valueOn(TermKind.JUDGMENT_SURCHARGE_DELAY_MONTHS, enforceableOn).intValueExact();
    return enforceableOn.plusMonths(months).plusDays(1);
  }

  private AppliedRate rateOn(RateKind column, Optional<LocalDate> surchargeFrom, LocalDate day) {
    DatedRate legal = rates.rowOn(column, day);
    String basis = "legal rate " + legal.percent().toPlainString() + " (" + legal.legalReference();
    if (surchargeFrom.isEmpty()) {
      return new AppliedRate(legal.percent(), legal.validTo(), basis + ")");
    }
    LocalDate from = surchargeFrom.get();
    if (day.isBefore(from)) {
      LocalDate through = LatePaymentPenalties.earlier(legal.validTo(), from.minusDays(1));
      return new AppliedRate(legal.percent(), through, basis + ")");
    }
    DatedRate surcharge = rates.rowOn(RateKind.JUDGMENT_SURCHARGE, day);
    return new AppliedRate(
        legal.percent().add(surcharge.percent()),
        LatePaymentPenalties.earlier(legal.validTo(), surcharge.validTo()),
        basis
            + ") + "
            + surcharge.percent().toPlainString()
            + " points ("
            + surcharge.legalReference()
            + ")");
  }
}
