package io.recouvra.shared.jobs.internal;

/** Where a unit of work stands. RUNNING with an expired lease means its server died. */
enum UnitStatus {
  PENDING,
  RUNNING,
  DONE,
  FAILED
}
