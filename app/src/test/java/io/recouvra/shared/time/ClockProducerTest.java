package io.recouvra.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The producer as CDI would use it, its configuration injected by hand. */
class ClockProducerTest {

  @Test
  void producesTheSystemClockInUtcByDefault() {
    ClockProducer producer = new ClockProducer();
    producer.configuredStart = Optional.empty();

    producer.chooseClock();
    Clock clock = producer.clock();

    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(Duration.between(Clock.systemUTC().instant(), clock.instant()).abs())
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void producesAClockStartedAtTheConfiguredInstant() {
    ClockProducer producer = new ClockProducer();
    producer.configuredStart = Optional.of("2030-01-01T00:00:00Z");

    producer.chooseClock();
    Instant read = producer.clock().instant();

    assertThat(read)
        .isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:05Z"));
  }

  @Test
  void producesTheSameClockEveryTime() {
    ClockProducer producer = new ClockProducer();
    producer.configuredStart = Optional.of("2030-01-01T00:00:00Z");
    producer.chooseClock();

    assertThat(producer.clock()).isSameAs(producer.clock());
  }

  @Test
  void namesItsProperty() {
    assertThat(ClockProducer.START_PROPERTY).isEqualTo("recouvra.clock.start");
  }
}
