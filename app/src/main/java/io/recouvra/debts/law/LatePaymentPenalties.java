package io.recouvra.debts.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Late-payment penalties (Code de commerce L441-10): from the day after the due date, without any
 * reminder, each day at the rate of its half-year, so a delay crossing 1 July or 1 January is
 * split. By default the ECB rate of the half-year plus the margin of the tables (10 points; 8 for a
 * public-sector buyer, verify).
 *
 * <p>A contract rate is checked day by day against the floor of {@link
 * TermKind#CONTRACT_RATE_FLOOR_FACTOR} (3) times the legal interest rate in "all other cases" of
 * that day; below it, the floor applies (policy, ADR 0011; the other reading would fall back to the
 * default rate). The floor bounds a contract rate only, never the default.
 */
public final class LatePaymentPenalties {

  private final RateTable rates;
  private final TermTable terms;

  /** Penalties read from {@code tables}. */
  public LatePaymentPenalties(LawTables tables) {
    this.rates = tables.rates();
    this.terms = tables.terms();
  }

  /**
   * The penalties on {@code late}, from the day after its due date to its last day counted.
   *
   * @throws RateUnknownException when a day counted has no known rate
   */
  public InterestAccrual accrue(LatePayment late) {
    return InterestAccrual.accrue(
        late.base(),
        late.dueOn().plusDays(1),
        late.until(),
        dailyRate(late.regime(), late.contractPercent()),
        late.changes());
  }

  /** The rate of each day under {@code regime}, with the contract rate if one is set. */
  public DailyRate dailyRate(PenaltyRegime regime, Optional<BigDecimal> contractPercent) {
    if (contractPercent.isPresent()) {
      BigDecimal contract = contractPercent.get();
      return day -> contractual(contract, day);
    }
    RateKind margin =
        regime == PenaltyRegime.COMMERCIAL
            ? RateKind.LATE_PAYMENT_MARGIN
            : RateKind.PUBLIC_SECTOR_MARGIN;
    return day -> statutory(margin, day);
  }

  private AppliedRate statutory(RateKind marginKind, LocalDate day) {
    DatedRate ecb = rates.rowOn(RateKind.ECB_MAIN_REFINANCING, day);
    DatedRate margin = rates.rowOn(marginKind, day);
    return new AppliedRate(
        ecb.percent().add(margin.percent()),
        earlier(ecb.validTo(), margin.validTo()),
        "ECB "
            + ecb.percent().toPlainString()
            + " + "
            + margin.percent().toPlainString()
            + " points ("
            + margin.legalReference()
            + ")");
  }

  private AppliedRate contractual(BigDecimal contract, LocalDate day) {
    DatedTerm factor = terms.rowOn(TermKind.CONTRACT_RATE_FLOOR_FACTOR, day);
    DatedRate legal = rates.rowOn(RateKind.LEGAL_INTEREST_OTHER_CREDITOR, day);
    BigDecimal floor = factor.value().multiply(legal.percent());
    LocalDate through = earlier(factor.validTo(), legal.validTo());
    if (contract.compareTo(floor) >= 0) {
      return new AppliedRate(contract, through, "contract rate " + contract.toPlainString());
    }
    return new AppliedRate(
        floor,
        through,
        "floor "
            + factor.value().toPlainString()
            + " x legal rate "
            + legal.percent().toPlainString()
            + " ("
            + factor.legalReference()
            + "), contract rate "
            + contract.toPlainString()
            + " below it");
  }

  static LocalDate earlier(LocalDate first, LocalDate second) {
    return first.isBefore(second) ? first : second;
  }
}
