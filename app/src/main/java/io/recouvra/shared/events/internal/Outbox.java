package io.recouvra.shared.events.internal;

import io.recouvra.shared.events.Event;
import io.recouvra.shared.events.EventHandler;
import io.recouvra.shared.events.PublishedEvent;
import io.recouvra.shared.jobs.Jobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes events with their deliveries, and reads them back for delivery. */
@ApplicationScoped
public class Outbox {
  /** The job work that delivers one event to one handler. */
  static final String DELIVER = "events.deliver";

  private static final String SEPARATOR = "/";

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject @Any Instance<EventHandler> handlers;
  @Inject Jobs jobs;
  @Inject Clock clock;

  /** Stores the event and one delivery unit per handler of its type. */
  @Transactional(TxType.MANDATORY)
  public String write(Event event) {
    String id = UUID.randomUUID().toString();
    em.createNativeQuery(
            "INSERT INTO shared.outbox_event (id, event_type, aggregate_id, payload, occurred_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, event.type())
        .setParameter(3, event.aggregateId())
        .setParameter(4, json(event.ids()))
        .setParameter(5, Timestamp.from(clock.instant()))
        .executeUpdate();
    List<String> deliveries =
        handlers.stream()
            .filter(handler -> handler.eventTypes().contains(event.type()))
            .map(handler -> id + SEPARATOR + handler.name())
            .toList();
    if (!deliveries.isEmpty()) {
      jobs.addUnits(Jobs.EVENTS_DELIVERY_JOB, DELIVER, deliveries);
    }
    return id;
  }

  /** The event a delivery subject names. */
  @Transactional(TxType.MANDATORY)
  Optional<PublishedEvent> event(String eventId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, event_type, aggregate_id, payload, occurred_at"
                    + " FROM shared.outbox_event WHERE id = ?1")
            .setParameter(1, eventId)
            .getResultList();
    return rows.stream().map(row -> eventOf((Object[]) row)).findFirst();
  }

  /** The handler named in a delivery subject. */
  Optional<EventHandler> handler(String name) {
    return handlers.stream().filter(handler -> handler.name().equals(name)).findFirst();
  }

  /** The event id and the handler's name of a delivery subject. */
  static String[] splitSubject(String subject) {
    int at = subject.indexOf(SEPARATOR);
    if (at < 0) {
      throw new IllegalArgumentException("Not a delivery subject: " + subject);
    }
    return new String[] {subject.substring(0, at), subject.substring(at + 1)};
  }

  private static String json(Map<String, String> ids) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    ids.forEach(object::add);
    return object.build().toString();
  }

  private static PublishedEvent eventOf(Object[] row) {
    JsonObject payload = Json.createReader(new StringReader((String) row[3])).readObject();
    Map<String, String> ids =
        payload.entrySet().stream()
            .collect(
                Collectors.toMap(Map.Entry::getKey, e -> ((JsonString) e.getValue()).getString()));
    Instant at = ((Timestamp) row[4]).toInstant();
    return new PublishedEvent((String) row[0], (String) row[1], (String) row[2], ids, at);
  }
}
