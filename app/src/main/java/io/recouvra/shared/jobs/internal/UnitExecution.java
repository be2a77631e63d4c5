package io.recouvra.shared.jobs.internal;

import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.jobs.JobUnit;
import io.recouvra.shared.jobs.JobWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;

/** Does one claimed unit and completes it, in one transaction of its own. */
@ApplicationScoped
public class UnitExecution {
  @Inject @Any Instance<JobWork> works;
  @Inject JobStore store;
  @Inject Clock clock;

  /**
   * Runs the unit's work as the system identity and marks the unit done; if the lease was lost
   * meanwhile (another server took the unit over), throws and so rolls the work back.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void runAndComplete(Claim claim, String owner) {
    JobWork work = workNamed(claim.work());
    work.run(
        new JobUnit(claim.id(), claim.jobId(), claim.subject(), claim.attempt(), Caller.system()));
    if (!store.complete(claim.id(), owner, claim.attempt(), clock.instant())) {
      throw new LeaseLostException(claim.id());
    }
  }

  private JobWork workNamed(String name) {
    return works.stream()
        .filter(work -> work.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No job work named " + name));
  }
}
