package io.recouvra.shared.jobs.internal;

import io.recouvra.shared.persistence.SchemaMigration;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's poller: every {@code recouvra.jobs.poll-period} it claims due units with a lease
 * and runs them one after the other. Each server start has its own owner id, so a restarted server
 * never mistakes its dead predecessor's leases for its own.
 */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
  private static final int ERROR_LENGTH = 500;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject JobStore store;
  @Inject Schedules schedules;
  @Inject UnitExecution execution;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.poll-period", defaultValue = "PT2S")
  Duration pollPeriod;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.lease", defaultValue = "PT5M")
  Duration lease;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.retry-delay", defaultValue = "PT30S")
  Duration retryDelay;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.max-retry-delay", defaultValue = "PT1H")
  Duration maxRetryDelay;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.batch", defaultValue = "20")
  int batch;

  private final String owner = "server-" + UUID.randomUUID();
  private LeaseTerms terms;
  private ScheduledFuture<?> poller;

  void start(
      @Observes @Priority(SchemaMigration.PRIORITY + 50) @Initialized(ApplicationScoped.class)
          Object event) {
    if (!enabled) {
      LOG.info("Job runner disabled on this server (recouvra.jobs.enabled=false)");
      return;
    }
    terms = new LeaseTerms(lease, retryDelay, maxRetryDelay, maxAttempts);
    long period = Math.max(1, pollPeriod.toMillis());
    poller = executor.scheduleWithFixedDelay(this::poll, period, period, TimeUnit.MILLISECONDS);
    LOG.info(() -> "Job runner " + owner + " polls every " + pollPeriod + ", leases " + lease);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    Optional.ofNullable(poller).ifPresent(running -> running.cancel(false));
  }

  /** This server's owner id in leases. */
  public String owner() {
    return owner;
  }

  private void poll() {
    try {
      schedules.fireDue(clock.instant(), schedules);
      for (String id : store.claimable(clock.instant(), batch)) {
        Instant now = clock.instant();
        store.claim(id, owner, now, terms.leaseFrom(now)).ifPresent(this::run);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Job runner poll failed; next poll will retry", e);
    }
  }

  private void run(Claim claim) {
    try {
      execution.runAndComplete(claim, owner);
    } catch (RuntimeException e) {
      if (rootCause(e) instanceof LeaseLostException) {
        LOG.warning(() -> "Unit " + claim.id() + " was taken over by another server");
        return;
      }
      recordFailure(claim, e);
    }
  }

  private void recordFailure(Claim claim, RuntimeException e) {
    Instant now = clock.instant();
    boolean givenUp = terms.givesUpAfter(claim.attempt());
    String error = describe(rootCause(e));
    store.fail(
        claim.id(),
        owner,
        claim.attempt(),
        givenUp,
        terms.nextAttemptAfterFailure(claim.attempt(), now),
        error);
    LOG.warning(
        () ->
            "Unit "
                + claim.id()
                + " of work "
                + claim.work()
                + " failed attempt "
                + claim.attempt()
                + (givenUp ? " and is given up: " : ", will retry: ")
                + error);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String describe(Throwable cause) {
    String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
  }
}
