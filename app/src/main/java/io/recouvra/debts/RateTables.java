package io.recouvra.debts;

import io.recouvra.debts.internal.CreditorRegistry;
import io.recouvra.debts.internal.LawBook;
import io.recouvra.debts.internal.LawTableEntries;
import io.recouvra.debts.law.DatedRate;
import io.recouvra.debts.law.DatedTerm;
import io.recouvra.debts.law.LimitationPeriod;
import io.recouvra.debts.law.PeriodKind;
import io.recouvra.debts.law.RateKind;
import io.recouvra.debts.law.TermKind;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.error.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The facade over the law's rate tables: the dated percentages, the other dated figures and the
 * limitation periods the rules read, each row with its legal reference (docs/adr/0011, 0013).
 * Administrators add rows, without a release; staff read them and ask which kinds a day lacks.
 * Roles are checked by the API layer.
 */
@ApplicationScoped
public class RateTables {
  /** Where "today" is for a caller acting for no creditor: the law tables hold French law. */
  public static final ZoneId LAW_ZONE = ZoneId.of("Europe/Paris");

  private static final Logger LOG = Logger.getLogger(RateTables.class.getName());

  @Inject LawTableEntries entries;
  @Inject LawBook book;
  @Inject CreditorRegistry registry;
  @Inject Clock clock;

  /** The rate rows, of one kind or all, by kind then first day. */
  public List<StoredLawRow<DatedRate>> rates(Optional<RateKind> kind) {
    return ofKind(entries.rates(), DatedRate::kind, kind);
  }

  /** The term rows, of one kind or all, by kind then first day. */
  public List<StoredLawRow<DatedTerm>> terms(Optional<TermKind> kind) {
    return ofKind(entries.terms(), DatedTerm::kind, kind);
  }

  /** The limitation period rows, of one kind or all, by kind then first day. */
  public List<StoredLawRow<LimitationPeriod>> periods(Optional<PeriodKind> kind) {
    return ofKind(entries.periods(), LimitationPeriod::kind, kind);
  }

  /** The kinds no row covers on {@code on}, or today where the caller is when absent. */
  public LawTableGaps gaps(Caller caller, Optional<LocalDate> on) {
    LocalDate day = on.orElseGet(() -> today(caller));
    return LawTableGaps.of(book.tables(), day);
  }

  /** Adds a rate row; administrators only. */
  public Outcome<AddedLawRow<DatedRate>> addRate(Caller caller, NewLawRate command) {
    Outcome<AddedLawRow<DatedRate>> added = entries.addRate(command, caller.subject());

    added.value().ifPresent(row -> logAdded(caller, "rate", command.kind(), command.row()));
    return added;
  }

  /** Adds a term row; administrators only. */
  public Outcome<AddedLawRow<DatedTerm>> addTerm(Caller caller, NewLawTerm command) {
    Outcome<AddedLawRow<DatedTerm>> added = entries.addTerm(command, caller.subject());

    added.value().ifPresent(row -> logAdded(caller, "term", command.kind(), command.row()));
    return added;
  }

  /** Adds a limitation period row; administrators only. */
  public Outcome<AddedLawRow<LimitationPeriod>> addPeriod(
      Caller caller, NewLimitationPeriod command) {
    Outcome<AddedLawRow<LimitationPeriod>> added = entries.addPeriod(command, caller.subject());

    added.value().ifPresent(row -> logAdded(caller, "period", command.kind(), command.row()));
    return added;
  }

  /** Today in the time zone of the creditor the caller acts for, else in France. */
  private LocalDate today(Caller caller) {
    return caller
        .tenant()
        .flatMap(registry::creditor)
        .map(c -> c.today(clock))
        .orElseGet(() -> LocalDate.now(clock.withZone(LAW_ZONE)));
  }

  private static <R, K> List<StoredLawRow<R>> ofKind(
      List<StoredLawRow<R>> rows, Function<R, K> kindOf, Optional<K> kind) {
    return rows.stream()
        .filter(stored -> kind.map(k -> k.equals(kindOf.apply(stored.row()))).orElse(true))
        .toList();
  }

  private static void logAdded(Caller caller, String table, Enum<?> kind, NewLawRow row) {
    LOG.info(
        () ->
            "Law "
                + table
                + " "
                + kind
                + " from "
                + row.validFrom()
                + " added by "
                + caller.subject());
  }
}
