package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.LimitationAlert;
import io.recouvra.debts.law.LimitationState;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.paging.InvalidCursorException;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the stored limitation summaries of open debts: the creditor's alerts queue, and the alerts
 * the daily run has still to publish.
 */
@ApplicationScoped
@Transactional
public class LimitationQueue {
  private static final String CURSOR = "limitation";
  private static final String OPEN_RUNNING =
      "SELECT l, d FROM DebtLimitation l, Debt d WHERE d.id = l.debtId"
          + " AND l.creditorId = :creditor AND d.status = :open AND l.state = :running";

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  /**
   * The creditor's open debts whose last day to act falls from {@code today} to its alert days
   * later, held or not, earliest first (then by id).
   */
  public Page<LimitationAlert> alerts(CreditorView creditor, LocalDate today, PageRequest page) {
    Optional<List<String>> after = page.after().map(LimitationQueue::parse);
    String jpql =
        OPEN_RUNNING
            + " AND l.lastDayToAct >= :today AND l.lastDayToAct <= :until"
            + after
                .map(
                    c ->
                        " AND (l.lastDayToAct > :afterDay"
                            + " OR (l.lastDayToAct = :afterDay AND l.debtId > :afterId))")
                .orElse("")
            + " ORDER BY l.lastDayToAct, l.debtId";
    TypedQuery<Object[]> query = bind(em.createQuery(jpql, Object[].class), creditor.id());
    query.setParameter("today", today);
    query.setParameter("until", today.plusDays(creditor.limitationAlertDays()));
    after.ifPresent(
        c -> {
          query.setParameter("afterDay", LocalDate.parse(c.get(0)));
          query.setParameter("afterId", c.get(1));
        });
    List<Object[]> rows = query.setMaxResults(page.size() + 1).getResultList();
    List<Page.Entry<LimitationAlert>> entries = new ArrayList<>();
    for (Object[] row : rows.subList(0, Math.min(page.size(), rows.size()))) {
      DebtLimitationRecord summary = (DebtLimitationRecord) row[0];
      LocalDate last = summary.lastDayToAct().orElseThrow();
      LocalDate alert = summary.alertOn().orElse(last);
      LimitationAlert item =
          new LimitationAlert(
              ((DebtRecord) row[1]).toView(),
              last,
              ChronoUnit.DAYS.between(today, last),
              alert,
              !alert.isAfter(today));
      entries.add(
          new Page.Entry<>(item, CursorText.encode(CURSOR, last.toString(), summary.debtIdText())));
    }
    return new Page<>(entries, rows.size() > page.size());
  }

  /**
   * The summaries of the creditor's open debts whose alert day has come and whose last day to act
   * has not passed, and whose alert for that last day was not published yet.
   */
  List<DebtLimitationRecord> unpublishedAlerts(CreditorId creditor, LocalDate today) {
    String jpql =
        OPEN_RUNNING
            + " AND l.alertOn <= :today AND l.lastDayToAct >= :today"
            + " AND (l.alertedFor IS NULL OR l.alertedFor <> l.lastDayToAct)"
            + " ORDER BY l.lastDayToAct, l.debtId";
    TypedQuery<Object[]> query = bind(em.createQuery(jpql, Object[].class), creditor);
    query.setParameter("today", today);
    return query.getResultStream().map(row -> (DebtLimitationRecord) row[0]).toList();
  }

  private static TypedQuery<Object[]> bind(TypedQuery<Object[]> query, CreditorId creditor) {
    return query
        .setParameter("creditor", creditor.toString())
        .setParameter("open", DebtStatus.OPEN)
        .setParameter("running", LimitationState.RUNNING.name());
  }

  private static List<String> parse(String cursor) {
    List<String> parts = CursorText.decode(cursor, CURSOR, 2);
    try {
      LocalDate.parse(parts.get(0));
    } catch (DateTimeParseException e) {
      throw new InvalidCursorException();
    }
    return parts;
  }
}
