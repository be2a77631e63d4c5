package io.recouvra.shared.jobs.internal;

import io.recouvra.shared.jobs.JobUnit;
import io.recouvra.shared.jobs.JobWork;
import io.recouvra.shared.jobs.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Diagnostic schedule for the test suite, only when {@code recouvra.jobs.probe.enabled}: every
 * {@code recouvra.jobs.probe.schedule} one unit records itself in the audit log like the jobs
 * probe's units, at once (it never takes the probe's configurable unit time, so a deliberately slow
 * server of a test never sits on it).
 */
@ApplicationScoped
public class ScheduledProbe implements ScheduledWork, JobWork {
  /** The schedule's and its work's name. */
  public static final String NAME = "jobs.scheduledProbe";

  @Inject JobProbe probe;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.probe.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.probe.schedule", defaultValue = "PT1S")
  Duration period;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String work() {
    return NAME;
  }

  @Override
  public Duration period() {
    return period;
  }

  @Override
  public boolean enabled() {
    return enabled;
  }

  @Override
  public void run(JobUnit unit) {
    probe.record(unit);
  }
}
