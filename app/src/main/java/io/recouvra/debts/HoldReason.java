package io.recouvra.debts;

import org.eclipse.microprofile.graphql.Description;

/**
 * Why collection of a debt is held (domain-rules.md section 2). A hold stops reminders; it never
 * stops the limitation clock or its alerts.
 */
@Description("Why collection of a debt is held. Holds stop reminders, never the limitation clock.")
public enum HoldReason {
  /** The debtor contests the debt. */
  @Description("The debtor contests the debt.")
  DISPUTE,
  /** The debtor promised to pay by a date. */
  @Description("The debtor promised to pay by a date.")
  PROMISE_TO_PAY,
  /** A payment plan in good standing covers the debt. */
  @Description("A payment plan in good standing covers the debt.")
  PAYMENT_PLAN,
  /** Money received may belong to the debtor and is not matched yet. */
  @Description("Money received may belong to the debtor and is not matched yet.")
  RECONCILIATION_PENDING,
  /** The debt is placed with a third-party agency. */
  @Description("The debt is placed with a third-party agency.")
  PLACED_WITH_AGENCY,
  /** The debt is before a court. */
  @Description("The debt is before a court.")
  LITIGATION,
  /** A collective proceeding of a professional debtor bars collection. */
  @Description("A collective proceeding of a professional debtor bars collection.")
  COLLECTIVE_PROCEEDING,
  /** The consumer's over-indebtedness file was admitted. */
  @Description("The consumer's over-indebtedness file was admitted.")
  OVER_INDEBTEDNESS,
  /** The debtor died; heirs may not be pressed yet. */
  @Description("The debtor died; heirs may not be pressed yet.")
  DECEASED,
  /** A debt-respite moratorium (UK Breathing Space) applies. */
  @Description("A debt-respite moratorium (UK Breathing Space) applies.")
  BREATHING_SPACE,
  /** A bankruptcy stay applies. */
  @Description("A bankruptcy stay applies.")
  BANKRUPTCY_STAY,
  /** A person decided to hold collection. */
  @Description("A person decided to hold collection.")
  MANUAL
}
