package io.recouvra.shared.events;

import java.time.Instant;
import java.util.Map;

/**
 * An event as stored in the outbox and handed to handlers.
 *
 * @param id the event's own id, which handlers use to recognise a delivery they already acted on
 * @param type its type, e.g. {@code DebtRegistered}
 * @param aggregateId the object it happened to, as {@code Type:uuid}
 * @param ids the ids it carries, by name
 * @param occurredAt when it was published
 */
public record PublishedEvent(
    String id, String type, String aggregateId, Map<String, String> ids, Instant occurredAt) {

  public PublishedEvent {
    ids = Map.copyOf(ids);
  }
}
