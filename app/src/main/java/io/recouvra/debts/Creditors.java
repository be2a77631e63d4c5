package io.recouvra.debts;

import io.recouvra.debts.internal.CreditorRegistry;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The facade over creditors, the tenants of the platform. */
@ApplicationScoped
public class Creditors {
  private static final Logger LOG = Logger.getLogger(Creditors.class.getName());

  @Inject CreditorRegistry registry;

  /** Creates a creditor; administrators only, which the API layer checks. */
  public Outcome<CreditorView> create(Caller caller, NewCreditor input) {
    Outcome<CreditorView> created = registry.create(input, caller.subject());

    created
        .value()
        .ifPresent(c -> LOG.info(() -> "Creditor " + c.id() + " created by " + caller.subject()));
    return created;
  }

  /** The creditor the caller acts for, if any. */
  public Optional<CreditorView> ofCaller(Caller caller) {
    return caller.tenant().flatMap(registry::creditor);
  }

  /**
   * The creditor of a debtor record the caller has already read through {@link Debts}, for the
   * letterhead of what is sent to that debtor.
   */
  public Optional<CreditorView> ofDebtor(DebtorView debtor) {
    return registry.creditor(debtor.creditor());
  }

  /** The creditors among {@code ids} the caller may see: its own, or any for an administrator. */
  public List<CreditorView> creditors(Caller caller, Collection<CreditorId> ids) {
    List<CreditorId> visible =
        ids.stream()
            .filter(
                id ->
                    caller.roles().contains(Role.ADMIN)
                        || caller.tenant().filter(id::equals).isPresent())
            .toList();
    return registry.creditors(visible);
  }
}
