package io.recouvra.debts.law;

import io.recouvra.debts.DebtorType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts limitation is computed from.
 *
 * @param exigibleOn the day the claim became exigible (for a consumer credit, the first
 *     unregularised incident); the period starts from it, that day not counted
 * @param rightBornOn the birth of the right, start of the 20-year long stop (Code civil 2232);
 *     usually {@code exigibleOn}, earlier when the right arose before it became exigible
 * @param debtorType the debtor's type
 * @param nature what the debt is for
 * @param creditorProfessional whether the creditor acts for its trade (Code conso. L218-2 applies
 *     to a professional's claim on a consumer)
 * @param events what happened since, in any order
 */
public record LimitationCase(
    LocalDate exigibleOn,
    LocalDate rightBornOn,
    DebtorType debtorType,
    DebtNature nature,
    boolean creditorProfessional,
    List<LimitationEvent> events) {

  /** Copies the events and checks that nothing is missing. */
  public LimitationCase {
    Objects.requireNonNull(exigibleOn, "exigibleOn");
    Objects.requireNonNull(rightBornOn, "rightBornOn");
    Objects.requireNonNull(debtorType, "debtorType");
    Objects.requireNonNull(nature, "nature");
    events = List.copyOf(events);
    if (rightBornOn.isAfter(exigibleOn)) {
      throw new IllegalArgumentException("a right is born no later than it becomes exigible");
    }
  }

  /** A case whose right was born the day it became exigible, with a professional creditor. */
  public static LimitationCase of(
      LocalDate exigibleOn,
      DebtorType debtorType,
      DebtNature nature,
      List<LimitationEvent> events) {
    return new LimitationCase(exigibleOn, exigibleOn, debtorType, nature, true, events);
  }
}
