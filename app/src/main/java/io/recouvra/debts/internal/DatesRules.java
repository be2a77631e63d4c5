package io.recouvra.debts.internal;

import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Problems;
import java.time.LocalDate;

/** Checks a debt's dates against each other and against the creditor's today. */
final class DatesRules {
  private DatesRules() {}

  /**
   * Records problems when a date is missing, the issue date is after today or after the due date,
   * or the sum became exigible after it was due.
   */
  static void check(
      LocalDate issuedOn,
      LocalDate dueOn,
      LocalDate exigibleOn,
      LocalDate today,
      Problems problems) {
    problems.requirePresent("issuedOn", issuedOn);
    problems.requirePresent("dueOn", dueOn);
    if (issuedOn != null && issuedOn.isAfter(today)) {
      problems.add("issuedOn", ErrorCode.DATE_ORDER, "issuedOn must not be after today, " + today);
    }
    if (issuedOn != null && dueOn != null && dueOn.isBefore(issuedOn)) {
      problems.add("dueOn", ErrorCode.DATE_ORDER, "dueOn must not be before issuedOn");
    }
    if (exigibleOn != null && dueOn != null && exigibleOn.isAfter(dueOn)) {
      problems.add(
          "exigibleOn",
          ErrorCode.DATE_ORDER,
          "exigibleOn must not be after dueOn: a sum is claimable by the day it is due");
    }
  }
}
