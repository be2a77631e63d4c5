package io.recouvra.shared.events;

import io.recouvra.shared.events.internal.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The outbox's facade: modules publish their events here. */
@ApplicationScoped
public class Events {
  @Inject Outbox outbox;

  /**
   * Writes the event to the outbox, with one delivery per handler of its type, in the caller's
   * transaction, which must exist: the event commits or rolls back with the change it tells of.
   *
   * @return the event's id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String publish(Event event) {
    return outbox.write(event);
  }
}
