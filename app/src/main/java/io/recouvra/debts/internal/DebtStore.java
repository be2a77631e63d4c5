package io.recouvra.debts.internal;

import io.recouvra.debts.DebtFilter;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtorType;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and writes debts and debtors; every read is bounded by a creditor or a read scope. */
@ApplicationScoped
class DebtStore {
  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  Optional<DebtRecord> debt(CreditorId creditor, DebtId id) {
    return em.createQuery(
            "SELECT d FROM Debt d WHERE d.id = :id AND d.creditorId = :creditor", DebtRecord.class)
        .setParameter("id", id.toString())
        .setParameter("creditor", creditor.toString())
        .getResultStream()
        .findFirst();
  }

  Optional<DebtRecord> debtByReference(CreditorId creditor, String externalReference) {
    return em.createQuery(
            "SELECT d FROM Debt d WHERE d.creditorId = :creditor AND d.externalReference = :ref",
            DebtRecord.class)
        .setParameter("creditor", creditor.toString())
        .setParameter("ref", externalReference)
        .getResultStream()
        .findFirst();
  }

  List<DebtRecord> debts(ReadScope scope, Collection<DebtId> ids) {
    if (ids.isEmpty() || scope.isEmpty()) {
      return List.of();
    }
    TypedQuery<DebtRecord> query =
        em.createQuery(
            "SELECT d FROM Debt d WHERE " + scope.onDebts() + " AND d.id IN :ids",
            DebtRecord.class);
    scope.bind(query);
    return query.setParameter("ids", ids.stream().map(DebtId::toString).toList()).getResultList();
  }

  Optional<DebtorRecord> debtorByReference(CreditorId creditor, String customerReference) {
    return em.createQuery(
            "SELECT d FROM Debtor d WHERE d.creditorId = :creditor AND d.customerReference = :ref",
            DebtorRecord.class)
        .setParameter("creditor", creditor.toString())
        .setParameter("ref", customerReference)
        .getResultStream()
        .findFirst();
  }

  List<DebtorRecord> debtors(ReadScope scope, Collection<DebtorId> ids) {
    if (ids.isEmpty() || scope.isEmpty()) {
      return List.of();
    }
    TypedQuery<DebtorRecord> query =
        em.createQuery(
            "SELECT d FROM Debtor d WHERE " + scope.onDebtors() + " AND d.id IN :ids",
            DebtorRecord.class);
    scope.bind(query);
    return query.setParameter("ids", ids.stream().map(DebtorId::toString).toList()).getResultList();
  }

  /** One page of the scope's debts matching {@code filter}, by due date then id. */
  Page<DebtRecord> debts(ReadScope scope, DebtFilter filter, PageRequest page) {
    if (scope.isEmpty()) {
      return new Page<>(List.of(), false);
    }
    StringBuilder jpql = new StringBuilder("SELECT d FROM Debt d WHERE " + scope.onDebts());
    filter.status().ifPresent(s -> jpql.append(" AND d.status = :status"));
    filter.debtor().ifPresent(s -> jpql.append(" AND d.debtorId = :debtor"));
    filter.dueFrom().ifPresent(s -> jpql.append(" AND d.dueOn >= :dueFrom"));
    filter.dueTo().ifPresent(s -> jpql.append(" AND d.dueOn <= :dueTo"));
    filter.minimumBalance().ifPresent(s -> jpql.append(" AND d.balance >= :minimumBalance"));
    Optional<DebtCursor> after = page.after().map(DebtCursor::parse);
    after.ifPresent(
        c ->
            jpql.append(" AND (d.dueOn > :afterDue OR (d.dueOn = :afterDue AND d.id > :afterId))"));
    jpql.append(" ORDER BY d.dueOn, d.id");
    TypedQuery<DebtRecord> query = em.createQuery(jpql.toString(), DebtRecord.class);
    scope.bind(query);
    filter.status().ifPresent(s -> query.setParameter("status", s));
    filter.debtor().ifPresent(d -> query.setParameter("debtor", d.toString()));
    filter.dueFrom().ifPresent(d -> query.setParameter("dueFrom", d));
    filter.dueTo().ifPresent(d -> query.setParameter("dueTo", d));
    filter.minimumBalance().ifPresent(m -> query.setParameter("minimumBalance", m));
    after.ifPresent(
        c -> {
          query.setParameter("afterDue", c.dueOn());
          query.setParameter("afterId", c.id());
        });
    List<DebtRecord> found = query.setMaxResults(page.size() + 1).getResultList();
    return pageOf(found, page.size(), d -> DebtCursor.of(d).text());
  }

  /** One page of the scope's debtors, by customer reference then id. */
  Page<DebtorRecord> debtors(ReadScope scope, PageRequest page) {
    if (scope.isEmpty()) {
      return new Page<>(List.of(), false);
    }
    Optional<DebtorCursor> after = page.after().map(DebtorCursor::parse);
    String jpql =
        "SELECT d FROM Debtor d WHERE "
            + scope.onDebtors()
            + after
                .map(
                    c ->
                        " AND (d.customerReference > :afterRef"
                            + " OR (d.customerReference = :afterRef AND d.id > :afterId))")
                .orElse("")
            + " ORDER BY d.customerReference, d.id";
    TypedQuery<DebtorRecord> query = em.createQuery(jpql, DebtorRecord.class);
    scope.bind(query);
    after.ifPresent(
        c -> {
          query.setParameter("afterRef", c.customerReference());
          query.setParameter("afterId", c.id());
        });
    List<DebtorRecord> found = query.setMaxResults(page.size() + 1).getResultList();
    return pageOf(found, page.size(), d -> DebtorCursor.of(d).text());
  }

  private static <T> Page<T> pageOf(
      List<T> found, int size, java.util.function.Function<T, String> cursor) {
    List<Page.Entry<T>> entries = new ArrayList<>();
    for (T item : found.subList(0, Math.min(size, found.size()))) {
      entries.add(new Page.Entry<>(item, cursor.apply(item)));
    }
    return new Page<>(entries, found.size() > size);
  }

  void persist(Object record) {
    em.persist(record);
  }

  void flush() {
    em.flush();
  }

  /** The type of each of the debtors {@code debtorIds}, by the debtor's id. */
  Map<String, DebtorType> debtorTypes(Collection<String> debtorIds) {
    List<String> ids = debtorIds.stream().distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT d FROM Debtor d WHERE d.id IN :ids", DebtorRecord.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(d -> d.id().toString(), d -> d.toView().type()));
  }

  /** The open debts of one debtor record, oldest due first. */
  List<DebtRecord> openDebtsOf(DebtorId debtor) {
    return em.createQuery(
            "SELECT d FROM Debt d WHERE d.debtorId = :debtor AND d.status = :open"
                + " ORDER BY d.dueOn, d.id",
            DebtRecord.class)
        .setParameter("debtor", debtor.toString())
        .setParameter("open", DebtStatus.OPEN)
        .getResultList();
  }

  void persist(CreditAccountEntryRecord entry) {
    em.persist(entry);
  }

  /** Whether the debtor's credit account already holds an entry for {@code reference}. */
  boolean creditAccountHas(DebtorId debtor, String reference) {
    return !em.createQuery(
            "SELECT c.id FROM CreditAccountEntry c WHERE c.debtorId = :debtor"
                + " AND c.reference = :reference",
            String.class)
        .setParameter("debtor", debtor.toString())
        .setParameter("reference", reference)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The entries of the debtors' credit accounts. */
  List<CreditAccountEntryRecord> creditAccounts(Collection<DebtorId> debtors) {
    if (debtors.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT c FROM CreditAccountEntry c WHERE c.debtorId IN :debtors"
                + " ORDER BY c.recordedAt, c.id",
            CreditAccountEntryRecord.class)
        .setParameter("debtors", debtors.stream().map(DebtorId::toString).toList())
        .getResultList();
  }

  /** Whether a ledger entry of one of the debtor's debts carries {@code reference}. */
  boolean debtsReferencing(DebtorId debtor, String reference) {
    return !em.createQuery(
            "SELECT e.id FROM LedgerEntry e WHERE e.debt.debtorId = :debtor"
                + " AND e.reference = :reference",
            String.class)
        .setParameter("debtor", debtor.toString())
        .setParameter("reference", reference)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
