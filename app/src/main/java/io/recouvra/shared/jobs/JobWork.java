package io.recouvra.shared.jobs;

/**
 * What a unit of work does, for every unit whose {@code work} is this bean's {@link #name()}. A CDI
 * bean. {@link #run} is called inside the transaction that completes the unit: its database changes
 * commit only if the unit is completed by the server that holds its lease, so they happen at most
 * once. An exception rolls them back and the unit is retried later.
 */
public interface JobWork {

  /** The name units refer to, as module.work, e.g. {@code events.deliver}. */
  String name();

  /** Does one unit, as the system identity. */
  void run(JobUnit unit);
}
