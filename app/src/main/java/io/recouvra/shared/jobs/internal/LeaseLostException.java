package io.recouvra.shared.jobs.internal;

/** A unit's lease passed to another server before this one could complete it. */
class LeaseLostException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LeaseLostException(String unitId) {
    super("The lease of unit " + unitId + " was taken over; its work is rolled back");
  }
}
