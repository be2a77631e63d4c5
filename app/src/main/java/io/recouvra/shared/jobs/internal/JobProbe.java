package io.recouvra.shared.jobs.internal;

import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.jobs.JobUnit;
import io.recouvra.shared.jobs.JobWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Diagnostic work for the test suite: each unit takes {@code recouvra.jobs.probe.unit-time}, then
 * records itself and the server that did it in the audit log (action {@code jobs.probeUnit}), so a
 * test sees every unit done, and done once. Jobs of it start only when {@code
 * recouvra.jobs.probe.enabled}.
 */
@ApplicationScoped
public class JobProbe implements JobWork {
  /** The work's name. */
  public static final String NAME = "jobs.probe";

  @Inject AuditLog audit;
  @Inject JobRunner runner;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.probe.unit-time", defaultValue = "PT0.01S")
  Duration unitTime;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void run(JobUnit unit) {
    LockSupport.parkNanos(unitTime.toNanos());
    record(unit);
  }

  /** Records that this server did {@code unit}, in the audit log. */
  void record(JobUnit unit) {
    audit.record(
        unit.caller().subject(),
        Optional.empty(),
        "jobs.probeUnit",
        List.of("Probe:" + unit.jobId() + "/" + unit.subject(), "Runner:" + runner.owner()),
        unit.jobId());
  }
}
