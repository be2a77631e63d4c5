package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.shared.events.Event;
import io.recouvra.shared.events.Events;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.jobs.JobUnit;
import io.recouvra.shared.jobs.JobWork;
import io.recouvra.shared.jobs.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily limitation alert run: for every creditor, each open debt whose alert day (the last
 * working day before its last day to act) has come, in the creditor's time zone, gets one outbox
 * event {@code LimitationAlertDue} and one log line, both with ids only. A debt is alerted once per
 * last day to act: a run missed while every server was down is caught up by the next, as long as
 * the last day has not passed; a new last day (an acknowledgment, say) brings a new alert.
 */
@ApplicationScoped
public class LimitationAlertRun implements ScheduledWork, JobWork {
  /** The schedule's and its work's name. */
  public static final String NAME = "debts.limitationAlerts";

  private static final Logger LOG = Logger.getLogger(LimitationAlertRun.class.getName());
  private static final int CREDITORS_PAGE = 100;

  @Inject CreditorRegistry creditors;
  @Inject LimitationQueue queue;
  @Inject Events events;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "recouvra.debts.limitation-alerts.period", defaultValue = "P1D")
  Duration period;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String work() {
    return NAME;
  }

  @Override
  public Duration period() {
    return period;
  }

  @Override
  public void run(JobUnit unit) {
    Optional<CreditorId> after = Optional.empty();
    List<CreditorView> page;
    do {
      page = creditors.page(after, CREDITORS_PAGE, Optional.empty());
      page.forEach(this::alert);
      after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
    } while (page.size() == CREDITORS_PAGE);
  }

  private void alert(CreditorView creditor) {
    for (DebtLimitationRecord due : queue.unpublishedAlerts(creditor.id(), creditor.today(clock))) {
      events.publish(
          new Event(
              "LimitationAlertDue",
              "Debt:" + due.debtIdText(),
              Map.of("debtId", due.debtIdText(), "creditorId", due.creditorIdText())));
      due.alerted();
      LOG.info(
          () ->
              "Limitation alert due for debt "
                  + due.debtIdText()
                  + " of creditor "
                  + due.creditorIdText());
    }
  }
}
