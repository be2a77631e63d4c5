package io.recouvra.shared.caller;

import io.recouvra.shared.id.DebtorId;
import java.util.Set;

/**
 * Finds the debtor records a signed-in person has claimed; provided by the module that keeps the
 * claims, so that this package depends on no module.
 */
public interface ClaimedDebtors {

  /** The debtor records claimed by the account {@code subject}. */
  Set<DebtorId> claimedBy(String subject);
}
