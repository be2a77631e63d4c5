package io.recouvra.debts;

import io.recouvra.debts.law.LimitationEventKind;
import java.util.Optional;

/**
 * Who paid, and how, which decides whether a payment interrupts limitation (domain-rules.md section
 * 9): a voluntary payment by the debtor or a joint debtor acknowledges the whole debt (Code civil
 * 2240); a third party's payment, one obtained by enforcement, or one made under reservation does
 * not. A payment after the last day to act, or on a consumer credit, moves nothing either: the
 * limitation rules ignore it.
 */
public enum PaymentOrigin {
  /** Paid voluntarily by the debtor or a joint debtor. */
  DEBTOR,
  /** Paid by the debtor while disputing or reserving its rights: no acknowledgment. */
  DEBTOR_UNDER_RESERVATION,
  /** Paid by someone else for the debtor. */
  THIRD_PARTY,
  /** Obtained by an enforcement measure. */
  ENFORCEMENT;

  /**
   * The limitation event this payment is recorded as on each debt it pays into; none for a payment
   * under reservation, which the limitation rules have no event for.
   */
  public Optional<LimitationEventKind> limitationEvent() {
    return switch (this) {
      case DEBTOR -> Optional.of(LimitationEventKind.DEBTOR_PARTIAL_PAYMENT);
      case THIRD_PARTY -> Optional.of(LimitationEventKind.THIRD_PARTY_PAYMENT);
      case ENFORCEMENT -> Optional.of(LimitationEventKind.ENFORCED_PAYMENT);
      case DEBTOR_UNDER_RESERVATION -> Optional.empty();
    };
  }
}
