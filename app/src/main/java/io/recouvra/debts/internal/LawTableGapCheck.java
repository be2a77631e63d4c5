package io.recouvra.debts.internal;

import io.recouvra.debts.LawTableGaps;
import io.recouvra.shared.events.Event;
import io.recouvra.shared.events.Events;
import io.recouvra.shared.jobs.JobUnit;
import io.recouvra.shared.jobs.JobWork;
import io.recouvra.shared.jobs.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every day, checks that the law tables cover today (in France, whose law they hold) for every
 * kind. A kind no row covers stops every computation that needs it, so each day it is missing the
 * check logs a warning naming the kinds and publishes {@value #EVENT}, for the modules that alert
 * people. The event carries the day and the kinds only.
 */
@ApplicationScoped
public class LawTableGapCheck implements ScheduledWork, JobWork {
  /** The schedule's and its work's name. */
  public static final String NAME = "debts.lawTableGapCheck";

  /** The event published when a kind is missing. */
  public static final String EVENT = "LawTableGapFound";

  /** The one aggregate the event is about: the law tables. */
  static final String AGGREGATE =
      "LawTables:"
          + UUID.nameUUIDFromBytes("recouvra.debts.lawTables".getBytes(StandardCharsets.UTF_8));

  /** Where "today" is for the law tables: they hold French law. */
  static final ZoneId LAW_ZONE = ZoneId.of("Europe/Paris");

  private static final Logger LOG = Logger.getLogger(LawTableGapCheck.class.getName());

  @Inject LawBook book;
  @Inject Events events;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "recouvra.debts.law-gap-check.period", defaultValue = "PT24H")
  Duration period;

  @Inject
  @ConfigProperty(name = "recouvra.debts.law-gap-check.enabled", defaultValue = "true")
  boolean enabled;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String work() {
    return NAME;
  }

  @Override
  public Duration period() {
    return period;
  }

  @Override
  public boolean enabled() {
    return enabled;
  }

  @Override
  public void run(JobUnit unit) {
    LocalDate today = LocalDate.now(clock.withZone(LAW_ZONE));
    LawTableGaps gaps = LawTableGaps.of(book.tables(), today);
    if (gaps.isEmpty()) {
      LOG.fine(() -> "Law tables cover every kind on " + today);
      return;
    }

    LOG.warning(
        () ->
            "Law tables have no row for "
                + today
                + " of "
                + describe(gaps)
                + ": computations needing them stop until an administrator adds the rows");
    events.publish(event(gaps));
  }

  /** The event telling of {@code gaps}: the day, and the missing kinds of each table. */
  static Event event(LawTableGaps gaps) {
    return new Event(
        EVENT,
        AGGREGATE,
        Map.of(
            "day", gaps.day().toString(),
            "rateKinds", joined(gaps.rateKinds()),
            "termKinds", joined(gaps.termKinds()),
            "periodKinds", joined(gaps.periodKinds())));
  }

  /** E.g. "rates ECB_MAIN_REFINANCING,LEGAL_INTEREST_OTHER_CREDITOR". */
  private static String describe(LawTableGaps gaps) {
    List<String> parts = new ArrayList<>();
    named(parts, "rates ", gaps.rateKinds());
    named(parts, "terms ", gaps.termKinds());
    named(parts, "limitation periods ", gaps.periodKinds());
    return String.join("; ", parts);
  }

  private static void named(List<String> parts, String table, List<? extends Enum<?>> kinds) {
    if (!kinds.isEmpty()) {
      parts.add(table + joined(kinds));
    }
  }

  private static String joined(List<? extends Enum<?>> kinds) {
    return kinds.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
