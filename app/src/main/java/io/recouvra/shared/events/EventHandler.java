package io.recouvra.shared.events;

import java.util.Set;

/**
 * Reacts to events after their transaction committed. A CDI bean; found by the types it handles.
 * {@link #handle} runs as the system identity inside the transaction that records the delivery, so
 * its database changes happen at most once per event; it must still be idempotent towards the
 * outside world, since a failure is retried with a growing delay.
 */
public interface EventHandler {

  /** A stable name, as module.reaction, e.g. {@code reminders.pauseOnHold}; never renamed. */
  String name();

  /** The event types it handles. */
  Set<String> eventTypes();

  /** Acts on one event. */
  void handle(PublishedEvent event);
}
