package io.recouvra.shared.events.internal;

import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.events.EventHandler;
import io.recouvra.shared.events.PublishedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A handler for the test suite, off unless {@code recouvra.events.probe.enabled}: it records each
 * delivery in the audit log (action {@code events.probeDelivered}, target {@code Event:<id>}), so a
 * test can see that an event was delivered, and delivered once.
 */
@ApplicationScoped
public class DeliveryProbe implements EventHandler {
  private static final Set<String> TYPES =
      Set.of("DebtRegistered", "DebtCancelled", "HoldPlaced", "HoldLifted", "LimitationAlertDue");

  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "recouvra.events.probe.enabled", defaultValue = "false")
  boolean enabled;

  @Override
  public String name() {
    return "events.probe";
  }

  @Override
  public Set<String> eventTypes() {
    return enabled ? TYPES : Set.of();
  }

  @Override
  public void handle(PublishedEvent event) {
    audit.record(
        "system",
        Optional.empty(),
        "events.probeDelivered",
        List.of("Event:" + event.id(), event.aggregateId()),
        event.type());
  }
}
