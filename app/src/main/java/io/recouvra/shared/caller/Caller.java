package io.recouvra.shared.caller;

import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtorId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: a verified identity with its roles, the creditor it acts for (staff and client
 * apps) and the debtor records it has claimed (debtors). Modules take the tenant from here, never
 * from an argument.
 *
 * @param subject the stable id of the account, or {@code anonymous}
 * @param roles the caller's roles; empty for an anonymous caller
 * @param tenant the creditor the caller acts for, if any
 * @param claimedDebtors the debtor records a signed-in debtor has claimed
 * @param assignedCreditors the creditors an administrator assigned to a compliance officer
 */
public record Caller(
    String subject,
    Set<Role> roles,
    Optional<CreditorId> tenant,
    Set<DebtorId> claimedDebtors,
    Set<CreditorId> assignedCreditors) {

  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    claimedDebtors = Set.copyOf(claimedDebtors);
    assignedCreditors = Set.copyOf(assignedCreditors);
  }

  /** A caller acting for one creditor, or for none. */
  public Caller(
      String subject, Set<Role> roles, Optional<CreditorId> tenant, Set<DebtorId> claimed) {
    this(subject, roles, tenant, claimed, Set.of());
  }

  /** The caller of a request that carried no identity. */
  public static Caller anonymous() {
    return new Caller("anonymous", Set.of(), Optional.empty(), Set.of());
  }

  /** Recouvra itself, running scheduled work. */
  public static Caller system() {
    return new Caller("system", Set.of(), Optional.empty(), Set.of());
  }

  public boolean isAnonymous() {
    return roles.isEmpty();
  }

  public boolean hasAnyOf(Set<Role> wanted) {
    return roles.stream().anyMatch(wanted::contains);
  }

  /**
   * The creditors whose records the caller may oversee: its own creditor (staff, client apps) and
   * the creditors assigned to it (compliance officers).
   */
  public Set<CreditorId> overseenCreditors() {
    Set<CreditorId> overseen = new HashSet<>(assignedCreditors);
    tenant.ifPresent(overseen::add);
    return Set.copyOf(overseen);
  }
}
