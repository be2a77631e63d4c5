package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.law.LawTables;
import io.recouvra.debts.law.LawTablesCsv;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.events.Event;
import io.recouvra.shared.events.Events;
import io.recouvra.shared.jobs.JobUnit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daily check warns and publishes LawTableGapFound while a kind is missing, else stays quiet.
 */
class LawTableGapCheckTest {
  private static final JobUnit UNIT =
      new JobUnit("unit-1", "job-1", "2026-12-04T05:00:00Z", 1, Caller.system());

  private final List<Event> published = new ArrayList<>();
  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(LawTableGapCheck.class.getName());
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
  }

  private LawTableGapCheck check(String now) {
    LawTableGapCheck check = new LawTableGapCheck();
    check.clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    check.book =
        new LawBook() {
          @Override
          public LawTables tables() {
            return LawTablesCsv.seed();
          }
        };
    check.events =
        new Events() {
          @Override
          public String publish(Event event) {
            published.add(event);
            return "event-" + published.size();
          }
        };
    return check;
  }

  @Test
  void warnsAndPublishesTheMissingKindsOfTodayInFrance() {
    check("2026-12-04T05:00:00Z").run(UNIT);

    assertThat(published).hasSize(1);
    Event event = published.get(0);
    assertThat(event.type()).isEqualTo("LawTableGapFound");
    assertThat(event.aggregateId()).startsWith("LawTables:");
    assertThat(event.ids())
        .isEqualTo(
            Map.of(
                "day", "2026-12-04",
                "rateKinds",
                    "LEGAL_INTEREST_NATURAL_PERSON_CREDITOR,LEGAL_INTEREST_OTHER_CREDITOR,"
                        + "ECB_MAIN_REFINANCING",
                "termKinds", "",
                "periodKinds", ""));
    assertThat(logged)
        .filteredOn(record -> record.getLevel() == Level.WARNING)
        .singleElement()
        .extracting(LogRecord::getMessage)
        .asString()
        .startsWith("Law tables have no row for 2026-12-04 of rates LEGAL_INTEREST_NATURAL_PERSON")
        .contains("ECB_MAIN_REFINANCING");
  }

  @Test
  void staysQuietOnADayEveryKindCovers() {
    check("2025-03-01T05:00:00Z").run(UNIT);

    assertThat(published).isEmpty();
    assertThat(logged).noneMatch(record -> record.getLevel() == Level.WARNING);
  }

  @Test
  void readsTodayInParisNotInUtc() {
    // 30 June 2026 at 22:30 UTC is already 1 July in Paris, the first day without an ECB rate.
    check("2026-06-30T22:30:00Z").run(UNIT);

    assertThat(published)
        .singleElement()
        .extracting(e -> e.ids().get("day"))
        .isEqualTo("2026-07-01");
  }

  @Test
  void runsEveryDayUnderItsOwnName() {
    LawTableGapCheck check = new LawTableGapCheck();
    check.period = java.time.Duration.ofHours(24);
    check.enabled = true;

    assertThat(check.name()).isEqualTo("debts.lawTableGapCheck");
    assertThat(check.work()).isEqualTo(check.name());
    assertThat(check.period()).hasHours(24);
    assertThat(check.enabled()).isTrue();
  }
}
