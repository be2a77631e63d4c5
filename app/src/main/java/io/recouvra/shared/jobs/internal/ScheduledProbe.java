package io.recouvra.shared.jobs.internal;

import io.recouvra.shared.jobs.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Diagnostic schedule for the test suite: runs the jobs probe every {@code
 * recouvra.jobs.probe.schedule}, only when {@code recouvra.jobs.probe.enabled}.
 */
@ApplicationScoped
public class ScheduledProbe implements ScheduledWork {
  /** The schedule's name. */
  public static final String NAME = "jobs.scheduledProbe";

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
    return JobProbe.NAME;
  }

  @Override
  public Duration period() {
    return period;
  }

  @Override
  public boolean enabled() {
    return enabled;
  }
}
