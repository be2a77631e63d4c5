package io.recouvra.shared.events.internal;

import io.recouvra.shared.events.EventHandler;
import io.recouvra.shared.events.PublishedEvent;
import io.recouvra.shared.jobs.JobUnit;
import io.recouvra.shared.jobs.JobWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The job work that hands one event to one handler: the unit's subject is event id / handler. */
@ApplicationScoped
public class EventDelivery implements JobWork {
  @Inject Outbox outbox;

  @Override
  public String name() {
    return Outbox.DELIVER;
  }

  @Override
  public void run(JobUnit unit) {
    String[] subject = Outbox.splitSubject(unit.subject());
    PublishedEvent event =
        outbox
            .event(subject[0])
            .orElseThrow(() -> new IllegalStateException("No outbox event " + subject[0]));
    EventHandler handler =
        outbox
            .handler(subject[1])
            .orElseThrow(() -> new IllegalStateException("No event handler " + subject[1]));
    handler.handle(event);
  }
}
