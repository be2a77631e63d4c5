package io.recouvra.shared.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeaseTermsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final LeaseTerms TERMS =
      new LeaseTerms(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMinutes(4), 3);

  @Test
  void aUnitNobodyHoldsIsFree() {
    assertThat(LeaseTerms.isFree(null, null, NOW)).isTrue();
  }

  @Test
  void aUnitUnderALiveLeaseIsNotFree() {
    assertThat(LeaseTerms.isFree("server-a", NOW.plusSeconds(1), NOW)).isFalse();
    assertThat(LeaseTerms.isFree("server-a", NOW, NOW)).isFalse();
  }

  @Test
  void aUnitWhoseLeaseExpiredIsFreeForAnotherServer() {
    assertThat(LeaseTerms.isFree("server-a", NOW.minusMillis(1), NOW)).isTrue();
  }

  @Test
  void aClaimHoldsForTheLease() {
    assertThat(TERMS.leaseFrom(NOW)).isEqualTo(Instant.parse("2026-03-02T09:05:00Z"));
  }

  @Test
  void theWaitDoublesAfterEachFailureUpToTheLongestWait() {
    assertThat(TERMS.nextAttemptAfterFailure(1, NOW)).isEqualTo(NOW.plusSeconds(30));
    assertThat(TERMS.nextAttemptAfterFailure(2, NOW)).isEqualTo(NOW.plusSeconds(60));
    assertThat(TERMS.nextAttemptAfterFailure(3, NOW)).isEqualTo(NOW.plusSeconds(120));
    assertThat(TERMS.nextAttemptAfterFailure(4, NOW)).isEqualTo(NOW.plusSeconds(240));
    assertThat(TERMS.nextAttemptAfterFailure(9, NOW)).isEqualTo(NOW.plusSeconds(240));
    assertThat(TERMS.nextAttemptAfterFailure(1_000_000, NOW)).isEqualTo(NOW.plusSeconds(240));
  }

  @Test
  void aUnitIsGivenUpAfterItsLastAllowedAttempt() {
    assertThat(TERMS.givesUpAfter(2)).isFalse();
    assertThat(TERMS.givesUpAfter(3)).isTrue();
  }

  @Test
  void refusesALeaseOfNoLength() {
    assertThatThrownBy(
            () -> new LeaseTerms(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
