package io.recouvra.debts.law;

import io.recouvra.debts.DebtorType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes a debt's last day to act (domain-rules.md section 3) from its exigibility, its debtor,
 * its nature and what happened since.
 *
 * <p><b>Counting.</b> A period of N years or months starting with an event on day D ends on the day
 * of the last year or month with the same number as D, or the month's last day when there is none
 * (Code de procédure civile 641); the day of the event does not count and the period is
 * accomplished at the end of its last day (Code civil 2228, 2229). So a debt exigible on 2024-03-15
 * under the 5-year period has 2029-03-15 as its last day to act and is limited from 2029-03-16;
 * exigible 2024-02-29 with a 1-year period, the last day is 2025-02-28. A last day on a week-end or
 * holiday is NOT moved to the next working day (Code de procédure civile 642 is written for
 * procedural time limits; conservative policy, ADR 0011), and alerts are due on the last working
 * day before it.
 *
 * <p><b>Periods</b> come from the {@link LimitationPeriodTable} by the day the period starts: 2
 * years for a professional's claim on a consumer for goods or services (L218-2), 5 years otherwise
 * (2224, L110-4), the special periods of the other natures, and a 2-year forclusion for consumer
 * credit.
 *
 * <p><b>Events</b>, taken in order of days: an interruption starts a new full period from its day
 * (2231); a court claim or a declared claim interrupts until the proceedings end (2242) and is
 * ignored when voided (2243); a mediation suspends the clock and leaves at least the table's
 * minimum once it ends (2238). A forclusion is moved only by a court claim, a declared claim, an
 * enforcement act, and the restart after a rescheduling or over-indebtedness plan. Reminders,
 * formal notices, third-party and enforced payments never move anything. An event after the last
 * day to act revives nothing. A prescription never ends more than the long stop (20 years) after
 * the birth of the right, unless the last day was set by a court claim or an enforcement act (2232,
 * second paragraph).
 */
public final class LimitationRules {

  private final LimitationPeriodTable periods;

  /** Rules reading the periods of {@code tables}. */
  public LimitationRules(LawTables tables) {
    this.periods = tables.periods();
  }

  /**
   * The limitation of {@code limitationCase}.
   *
   * @throws RateUnknownException when the tables have no period for the day it starts
   * @throws IllegalArgumentException when a consumer credit is owed by someone not a consumer
   */
  public Limitation limitation(LimitationCase limitationCase) {
    LimitationPeriod period =
        periods.periodFor(periodKind(limitationCase), limitationCase.exigibleOn());
    Optional<LocalDate> longStop = Optional.empty();
    if (period.regime() == LimitationRegime.PRESCRIPTION) {
      LimitationPeriod stop = periods.periodFor(PeriodKind.LONG_STOP, limitationCase.rightBornOn());
      longStop = Optional.of(stop.lastDayFrom(limitationCase.rightBornOn()));
    }
    LimitationClock clock =
        new LimitationClock(period, periods, limitationCase.exigibleOn(), longStop);
    for (ClockPoint point : points(limitationCase.events())) {
      clock.apply(point);
    }
    return clock.result();
  }

  /** The kind of period for the debt's nature, debtor and creditor. */
  static PeriodKind periodKind(LimitationCase limitationCase) {
    boolean consumer = limitationCase.debtorType() == DebtorType.CONSUMER;
    return switch (limitationCase.nature()) {
      case GOODS_OR_SERVICES ->
          consumer && limitationCase.creditorProfessional()
              ? PeriodKind.CONSUMER_SUPPLY
              : PeriodKind.GENERAL;
      case RESIDENTIAL_RENT -> PeriodKind.RESIDENTIAL_RENT;
      case INSURANCE_PREMIUM -> PeriodKind.INSURANCE_PREMIUM;
      case TELECOM_SERVICE -> PeriodKind.TELECOM;
      case CARRIAGE -> PeriodKind.CARRIAGE;
      case JUDGMENT -> PeriodKind.JUDGMENT;
      case CONSUMER_CREDIT -> {
        if (!consumer) {
          throw new IllegalArgumentException("a consumer credit is owed by a consumer");
        }
        yield PeriodKind.CONSUMER_CREDIT;
      }
    };
  }

  /** Each event's start, and the end of the lasting ones, in order of days, starts first. */
  private static List<ClockPoint> points(List<LimitationEvent> events) {
    List<ClockPoint> points = new ArrayList<>();
    for (LimitationEvent event : events) {
      points.add(new ClockPoint(event.on(), event, false));
      event.endsOn().ifPresent(end -> points.add(new ClockPoint(end, event, true)));
    }
    points.sort(Comparator.comparing(ClockPoint::on).thenComparing(ClockPoint::end));
    return points;
  }

  /** The start or the end of an event on the limitation's timeline. */
  record ClockPoint(LocalDate on, LimitationEvent event, boolean end) {}
}
