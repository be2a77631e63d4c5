package io.recouvra.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfiguredClockTest {

  private static final Instant SYSTEM_NOW = Instant.parse("2026-12-03T17:00:00Z");

  @Test
  void isTheSystemClockWhenNoStartIsConfigured() {
    Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    assertThat(ConfiguredClock.from(Optional.empty(), system)).isSameAs(system);
  }

  @ParameterizedTest(name = "\"{0}\" counts as no start")
  @ValueSource(strings = {"", " ", "\t"})
  void treatsABlankStartAsNone(String start) {
    Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    assertThat(ConfiguredClock.from(Optional.of(start), system)).isSameAs(system);
  }

  @ParameterizedTest(name = "starts at {0}")
  @ValueSource(
      strings = {"2026-03-01T08:00:00Z", "2020-01-01T00:00:00Z", "2031-07-14T23:59:59.123Z"})
  void readsTheConfiguredStartAtFirst(String start) {
    Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    Clock clock = ConfiguredClock.from(Optional.of(start), system);

    assertThat(clock.instant()).isEqualTo(Instant.parse(start));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void ignoresSpacesAroundTheStart() {
    Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    Clock clock = ConfiguredClock.from(Optional.of(" 2026-03-01T08:00:00Z\n"), system);

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
  }

  @Test
  void ticksOnWithTheSystemClock() {
    SteppingClock system = new SteppingClock(SYSTEM_NOW);
    Clock clock = ConfiguredClock.from(Optional.of("2026-03-01T08:00:00Z"), system);

    system.advance(Duration.ofSeconds(90));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-01T08:01:30Z"));

    system.advance(Duration.ofDays(31));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-04-01T08:01:30Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2026-04-01T08:01:30Z").toEpochMilli());
  }

  @Test
  void keepsTheSystemClocksZone() {
    Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    Clock clock = ConfiguredClock.startingAt(Instant.parse("2026-03-01T08:00:00Z"), system);

    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"2026-03-01", "2026-03-01T08:00:00", "tomorrow", "1700000000"})
  void refusesAStartThatIsNotAnInstant(String start) {
    Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    assertThatThrownBy(() -> ConfiguredClock.from(Optional.of(start), system))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recouvra.clock.start");
  }

  /** A system clock that a test moves forward by hand. */
  private static final class SteppingClock extends Clock {
    private Instant now;

    SteppingClock(Instant start) {
      this.now = start;
    }

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
