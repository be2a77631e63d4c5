package io.recouvra.shared.audit;

import io.recouvra.shared.audit.internal.AuditStore;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The audit log's facade. Every command records itself here inside its own transaction, with the
 * ids it touched and a digest of its payload, never the payload itself.
 */
@ApplicationScoped
public class AuditLog {
  @Inject AuditStore store;
  @Inject Clock clock;

  /**
   * Appends an entry for a command given by {@code actor} (a caller's subject) acting for {@code
   * tenant}; must run inside the command's transaction.
   *
   * @param action the module and command, e.g. {@code debts.registerDebt}
   * @param targets the ids the command touched, as {@code Type:uuid}
   * @param payload the command's values, digested and never stored
   */
  public AuditEntry record(
      String actor,
      Optional<CreditorId> tenant,
      String action,
      List<String> targets,
      Object... payload) {
    return store.append(
        clock.instant(),
        actor,
        tenant.map(CreditorId::toString),
        action,
        targets,
        Digest.of(payload));
  }

  /**
   * The entries after {@code afterSequence} that the caller may read: every entry for the
   * platform's administrators, else those of the creditors it oversees (its own, or those assigned
   * to a compliance officer).
   */
  public List<AuditEntry> entries(Caller caller, long afterSequence, int count) {
    if (caller.roles().contains(Role.ADMIN)) {
      return store.entries(Optional.empty(), afterSequence, count);
    }
    List<String> overseen = caller.overseenCreditors().stream().map(CreditorId::toString).toList();
    return store.entries(Optional.of(overseen), afterSequence, count);
  }

  /** Checks the whole chain. */
  public ChainCheck check() {
    return store.check();
  }
}
