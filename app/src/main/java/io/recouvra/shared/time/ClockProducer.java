package io.recouvra.shared.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the application's one {@link Clock}: inject it wherever "now" or "today" is needed. It
 * is the system clock in UTC, unless {@value #START_PROPERTY} gives an ISO-8601 instant: then the
 * clock reads that instant when the application starts and ticks on from there, which lets a
 * demonstration or a test suite live on a chosen date. This is the only class that reads the system
 * clock.
 *
 * <p>The clock ticks in whole microseconds: PostgreSQL keeps timestamps to the microsecond (Derby
 * to the nanosecond), so an instant read back from either database equals the one written, and what
 * was hashed from it (the audit chain) still matches.
 */
@ApplicationScoped
public class ClockProducer {

  /** The configuration property that sets the clock's start. */
  public static final String START_PROPERTY = "recouvra.clock.start";

  private static final Duration TICK = Duration.ofNanos(1_000);

  private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

  @Inject
  @ConfigProperty(name = START_PROPERTY)
  Optional<String> configuredStart;

  private Clock clock;

  @PostConstruct
  void chooseClock() {
    Clock system = Clock.systemUTC();
    Clock configured = ConfiguredClock.from(configuredStart, system);
    clock = Clock.tick(configured, TICK);
    if (configured != system) {
      LOG.info(() -> "Clock set by " + START_PROPERTY + "; it now reads " + clock.instant());
    }
  }

  /** Creates this bean, and so fixes the clock's start, as soon as the application starts. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    // Delivering the event has created the bean; nothing else to do.
  }

  /** The application's clock. */
  @Produces
  @ApplicationScoped
  Clock clock() {
    return clock;
  }
}
