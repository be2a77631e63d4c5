package io.recouvra.shared.caller;

import io.recouvra.shared.id.CreditorId;
import java.util.Set;

/**
 * Finds the creditors an administrator assigned to a compliance officer; provided by the module
 * that keeps the assignments, so that this package depends on no module.
 */
public interface AssignedCreditors {

  /** The creditors assigned to the account {@code subject}. */
  Set<CreditorId> assignedTo(String subject);
}
