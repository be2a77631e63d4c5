package io.recouvra.shared.jobs.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of leases and retries, apart from the database so they can be tested alone.
 *
 * @param lease how long a claim lasts: a server that has not completed a unit by then is presumed
 *     dead and another may take the unit
 * @param retryDelay the wait after a first failure; it doubles after each further failure
 * @param maxRetryDelay the longest wait between attempts
 * @param maxAttempts attempts after which a failing unit is left FAILED for a person to look at
 */
public record LeaseTerms(
    Duration lease, Duration retryDelay, Duration maxRetryDelay, int maxAttempts) {

  public LeaseTerms {
    if (lease.isNegative() || lease.isZero() || maxAttempts < 1 || retryDelay.isNegative()) {
      throw new IllegalArgumentException("lease and attempts must be positive");
    }
  }

  /** Whether a unit held by {@code owner} until {@code leaseUntil} may be claimed {@code now}. */
  public static boolean isFree(String owner, Instant leaseUntil, Instant now) {
    return owner == null || leaseUntil == null || leaseUntil.isBefore(now);
  }

  /** Until when a claim made {@code now} holds. */
  public Instant leaseFrom(Instant now) {
    return now.plus(lease);
  }

  /** Whether a unit that failed its attempt number {@code attempts} is given up. */
  public boolean givesUpAfter(int attempts) {
    return attempts >= maxAttempts;
  }

  /** When a unit that failed its attempt number {@code attempts} may be tried again. */
  public Instant nextAttemptAfterFailure(int attempts, Instant now) {
    Duration delay = retryDelay;
    for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return now.plus(delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay);
  }
}
