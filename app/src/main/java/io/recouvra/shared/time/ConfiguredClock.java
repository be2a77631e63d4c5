package io.recouvra.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Chooses the application's clock from the configured start: none means the system clock itself; an
 * ISO-8601 instant means a clock that reads that instant now and then ticks with the system clock.
 */
final class ConfiguredClock {

  private ConfiguredClock() {}

  /**
   * The clock to use, given the configured start (absent or blank for none) and the system clock.
   *
   * @throws IllegalArgumentException when the start is not an ISO-8601 instant such as {@code
   *     2026-03-01T08:00:00Z}
   */
  static Clock from(Optional<String> configuredStart, Clock system) {
    return configuredStart
        .map(String::strip)
        .filter(start -> !start.isEmpty())
        .map(start -> startingAt(parse(start), system))
        .orElse(system);
  }

  /** A clock that reads {@code start} now and then advances as {@code system} does. */
  static Clock startingAt(Instant start, Clock system) {
    return Clock.offset(system, Duration.between(system.instant(), start));
  }

  private static Instant parse(String start) {
    try {
      return Instant.parse(start);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          ClockProducer.START_PROPERTY
              + " must be an ISO-8601 instant such as 2026-03-01T08:00:00Z",
          e);
    }
  }
}
