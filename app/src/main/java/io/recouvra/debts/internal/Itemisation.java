package io.recouvra.debts.internal;

import io.recouvra.debts.DebtorType;
import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.ItemisedBalance.Accrual;
import io.recouvra.debts.ItemisedBalance.Line;
import io.recouvra.debts.ItemisedBalance.MissingFigure;
import io.recouvra.debts.law.AccrualPeriod;
import io.recouvra.debts.law.BaseChange;
import io.recouvra.debts.law.DebtComponent;
import io.recouvra.debts.law.IndemnityClaim;
import io.recouvra.debts.law.InterestAccrual;
import io.recouvra.debts.law.LatePayment;
import io.recouvra.debts.law.LatePaymentPenalties;
import io.recouvra.debts.law.LawTables;
import io.recouvra.debts.law.LegalInterest;
import io.recouvra.debts.law.LegalInterestClaim;
import io.recouvra.debts.law.PenaltyRegime;
import io.recouvra.debts.law.RateUnknownException;
import io.recouvra.debts.law.RecoveryIndemnity;
import io.recouvra.shared.money.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The arithmetic of one debt's ledger: what it owes on a day, part by part (ADR 0015).
 *
 * <p>The principal and its reductions are the entries booked on or before the day. Interest and
 * penalties are counted afresh from the rules and the law tables, from the due date (penalties) or
 * the formal notice (legal interest) through the day, on the principal as payments, credit notes
 * and settlements lowered it, each lowering effective the day after it was booked; they never run
 * after a settlement, a write-off or a cancellation, whose entries end what accrues. What the
 * ledger holds as {@link LedgerEntryKind#ACCRUAL} entries is only what was written when the ledger
 * was last brought up to a day: the counted figure wins, and {@link #catchUp} writes the
 * difference. The indemnity is owed once the invoice is late, as the rules say.
 */
final class Itemisation {
  private static final List<DebtComponent> ORDER =
      List.of(
          DebtComponent.PRINCIPAL,
          DebtComponent.INTEREST,
          DebtComponent.PENALTIES,
          DebtComponent.INDEMNITY);

  /** The entries after which nothing accrues any more. */
  private static final Set<LedgerEntryKind> ENDING_ACCRUAL =
      EnumSet.of(
          LedgerEntryKind.SETTLEMENT, LedgerEntryKind.WRITE_OFF, LedgerEntryKind.CANCELLATION);

  private final LatePaymentPenalties penalties;
  private final LegalInterest legalInterest;
  private final RecoveryIndemnity indemnity;

  Itemisation(LawTables tables) {
    this.penalties = new LatePaymentPenalties(tables);
    this.legalInterest = new LegalInterest(tables);
    this.indemnity = new RecoveryIndemnity(tables);
  }

  /** What the debt owes on {@code day}, counting the entries booked on or before it. */
  ItemisedBalance on(AccrualTerms terms, List<Posting> ledger, LocalDate day) {
    Currency currency = ledger.get(0).amount().currency();
    List<Posting> booked = ledger.stream().filter(p -> !p.bookedOn().isAfter(day)).toList();
    Money principal = sum(booked, p -> p.kind() == LedgerEntryKind.PRINCIPAL, currency);
    List<BaseChange> changes = principalChanges(booked);
    LocalDate until = accrualEnd(booked).filter(end -> end.isBefore(day)).orElse(day);

    List<MissingFigure> missing = new ArrayList<>();
    Map<DebtComponent, Counted> counted = new EnumMap<>(DebtComponent.class);
    if (terms.betweenProfessionals()) {
      counted.put(DebtComponent.PENALTIES, penalties(terms, principal, changes, until, missing));
      counted.put(
          DebtComponent.INDEMNITY, indemnity(terms, principal, booked, until, currency, missing));
    } else if (terms.formalNoticeReceivedOn().isPresent()) {
      counted.put(DebtComponent.INTEREST, legalInterest(terms, principal, changes, until, missing));
    }

    List<Line> lines = new ArrayList<>();
    for (DebtComponent component : ORDER) {
      Money charged =
          component == DebtComponent.PRINCIPAL
              ? principal
              : Optional.ofNullable(counted.get(component))
                  .map(Counted::total)
                  .orElseGet(() -> sum(booked, p -> isCharge(p, component), currency));
      lines.add(line(component, charged, booked, currency));
    }
    Money due = lines.stream().map(Line::due).reduce(Money.zero(currency), Money::plus);
    List<Accrual> accruals = counted.values().stream().flatMap(c -> c.accruals().stream()).toList();
    Optional<LocalDate> through = accruals.stream().map(Accrual::to).max(LocalDate::compareTo);
    return new ItemisedBalance(day, lines, due, accruals, through, missing);
  }

  /**
   * The entries that bring the ledger's charges up to what {@code balance} counted: for interest,
   * penalties and the indemnity, the difference between the figure counted and what the ledger
   * already holds. Booked on the balance's day.
   */
  static List<Posting> catchUp(ItemisedBalance balance, List<Posting> ledger) {
    List<Posting> entries = new ArrayList<>();
    for (DebtComponent component : ORDER.subList(1, ORDER.size())) {
      Money charged = balance.line(component).charged();
      Money held = sum(ledger, p -> isCharge(p, component), charged.currency());
      Money difference = charged.minus(held);
      if (!difference.isZero()) {
        LedgerEntryKind kind =
            component == DebtComponent.INDEMNITY
                ? LedgerEntryKind.INDEMNITY
                : LedgerEntryKind.ACCRUAL;
        entries.add(new Posting(kind, component, difference, balance.asOf()));
      }
    }
    return entries;
  }

  private Counted penalties(
      AccrualTerms terms,
      Money principal,
      List<BaseChange> changes,
      LocalDate until,
      List<MissingFigure> missing) {
    PenaltyRegime regime =
        terms.debtorType() == DebtorType.PUBLIC_ENTITY
            ? PenaltyRegime.PUBLIC_PROCUREMENT
            : PenaltyRegime.COMMERCIAL;
    Function<LocalDate, InterestAccrual> accrue =
        last ->
            penalties.accrue(
                new LatePayment(
                    principal,
                    terms.dueOn(),
                    last,
                    regime,
                    regime == PenaltyRegime.COMMERCIAL
                        ? terms.contractPenaltyPercent()
                        : Optional.empty(),
                    changes));
    return counted(DebtComponent.PENALTIES, accrue, until, missing);
  }

  private Counted legalInterest(
      AccrualTerms terms,
      Money principal,
      List<BaseChange> changes,
      LocalDate until,
      List<MissingFigure> missing) {
    LocalDate notice = terms.formalNoticeReceivedOn().orElseThrow();
    Function<LocalDate, InterestAccrual> accrue =
        last ->
            legalInterest.accrue(
                new LegalInterestClaim(
                    principal, notice, last, terms.creditor(), Optional.empty(), changes));
    return counted(DebtComponent.INTEREST, accrue, until, missing);
  }

  /**
   * What {@code accrue} counts through {@code until}; when a day lacks its rate, through the day
   * before it, with the missing figure recorded.
   */
  private static Counted counted(
      DebtComponent component,
      Function<LocalDate, InterestAccrual> accrue,
      LocalDate until,
      List<MissingFigure> missing) {
    InterestAccrual accrual;
    try {
      accrual = accrue.apply(until);
    } catch (RateUnknownException e) {
      missing.add(new MissingFigure(String.valueOf(e.kind()), e.day()));
      accrual = accrue.apply(e.day().minusDays(1));
    }
    List<Accrual> periods =
        accrual.periods().stream().map(period -> accrualOf(component, period)).toList();
    return new Counted(accrual.total(), periods);
  }

  private Counted indemnity(
      AccrualTerms terms,
      Money principal,
      List<Posting> booked,
      LocalDate until,
      Currency currency,
      List<MissingFigure> missing) {
    LocalDate paidOrAsOf = principalPaidOn(principal, booked).orElse(until);
    IndemnityClaim claim =
        new IndemnityClaim(
            true, terms.debtorType(), terms.dueOn(), paidOrAsOf, terms.collectiveProceedingBars());
    try {
      Money owed = indemnity.owed(claim).filter(m -> m.currency().equals(currency)).orElse(null);
      Money held = sum(booked, p -> isCharge(p, DebtComponent.INDEMNITY), currency);
      return new Counted(owed == null ? held : owed.max(held), List.of());
    } catch (RateUnknownException e) {
      missing.add(new MissingFigure(String.valueOf(e.kind()), e.day()));
      return new Counted(
          sum(booked, p -> isCharge(p, DebtComponent.INDEMNITY), currency), List.of());
    }
  }

  /**
   * The last day anything accrues, when the creditor has settled, written off or cancelled the
   * debt: the day of the first such entry.
   */
  private static Optional<LocalDate> accrualEnd(List<Posting> booked) {
    return booked.stream()
        .filter(p -> ENDING_ACCRUAL.contains(p.kind()))
        .map(Posting::bookedOn)
        .min(Comparator.naturalOrder());
  }

  /** The day the principal's reductions first brought it to zero, if they did. */
  private static Optional<LocalDate> principalPaidOn(Money principal, List<Posting> booked) {
    Money left = principal;
    List<Posting> reductions =
        booked.stream()
            .filter(p -> p.component() == DebtComponent.PRINCIPAL && p.reduces())
            .sorted(Comparator.comparing(Posting::bookedOn))
            .toList();
    for (Posting reduction : reductions) {
      left = left.plus(reduction.amount());
      if (!left.isPositive()) {
        return Optional.of(reduction.bookedOn());
      }
    }
    return Optional.empty();
  }

  private static List<BaseChange> principalChanges(List<Posting> booked) {
    return booked.stream()
        .filter(p -> p.component() == DebtComponent.PRINCIPAL && p.reduces())
        .map(p -> new BaseChange(p.bookedOn(), p.amount()))
        .toList();
  }

  private static Line line(
      DebtComponent component, Money charged, List<Posting> booked, Currency currency) {
    Money paid = reduced(booked, component, LedgerEntryKind.Effect.PAID, currency);
    Money credited = reduced(booked, component, LedgerEntryKind.Effect.CREDITED, currency);
    Money settled = reduced(booked, component, LedgerEntryKind.Effect.SETTLED, currency);
    Money writtenOff = reduced(booked, component, LedgerEntryKind.Effect.WRITTEN_OFF, currency);
    Money due = charged.minus(paid).minus(credited).minus(settled).minus(writtenOff);
    return new Line(component, charged, paid, credited, settled, writtenOff, due);
  }

  /** What entries of {@code effect} took off {@code component}, as a positive amount. */
  private static Money reduced(
      List<Posting> booked,
      DebtComponent component,
      LedgerEntryKind.Effect effect,
      Currency currency) {
    return sum(booked, p -> p.component() == component && p.kind().effect() == effect, currency)
        .negate();
  }

  private static boolean isCharge(Posting posting, DebtComponent component) {
    return posting.component() == component && !posting.reduces();
  }

  private static Money sum(List<Posting> postings, Predicate<Posting> which, Currency currency) {
    return postings.stream()
        .filter(which)
        .map(Posting::amount)
        .reduce(Money.zero(currency), Money::plus);
  }

  private static Accrual accrualOf(DebtComponent component, AccrualPeriod period) {
    Money amount =
        Money.of(
            period
                .amount()
                .setScale(
                    period.base().currency().getDefaultFractionDigits(), RoundingMode.HALF_UP),
            period.base().currency());
    return new Accrual(
        component,
        period.from(),
        period.to(),
        period.days(),
        period.base(),
        period.percent(),
        period.basis(),
        amount);
  }

  /** A part's figure as counted, with the periods it was counted over. */
  private record Counted(Money total, List<Accrual> accruals) {}
}
