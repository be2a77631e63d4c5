package io.recouvra.shared.jobs;

import java.time.Duration;

/**
 * Work that runs again and again, every {@link #period()}: each occurrence becomes a job of one
 * unit, done by the {@link JobWork} named {@link #work()}, with the occurrence's due instant as the
 * unit's subject. A CDI bean. On any number of servers each occurrence fires once; occurrences
 * missed while every server was down are not caught up, the next one is due a period later.
 */
public interface ScheduledWork {

  /** The schedule's name, as module.work, e.g. {@code reminders.nightlyRun}. */
  String name();

  /** The {@link JobWork} each occurrence runs. */
  String work();

  /** The time between two occurrences. */
  Duration period();

  /** Whether this schedule runs on this installation. */
  default boolean enabled() {
    return true;
  }
}
