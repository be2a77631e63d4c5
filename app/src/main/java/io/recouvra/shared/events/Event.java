package io.recouvra.shared.events;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A past-tense fact to publish, carrying ids only: never names, addresses or amounts a person could
 * be recognised by.
 *
 * @param type the event's name in the past tense, e.g. {@code DebtRegistered}
 * @param aggregateId the object it happened to, as {@code Type:uuid}
 * @param ids the ids a handler needs, by name, e.g. {@code creditorId}
 */
public record Event(String type, String aggregateId, Map<String, String> ids) {
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{2,99}");

  public Event {
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("An event type is a name such as DebtRegistered");
    }
    ids = Map.copyOf(new TreeMap<>(ids));
  }
}
