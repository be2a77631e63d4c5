package io.recouvra.debts.internal;

import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtorId;
import jakarta.persistence.Query;
import java.util.Set;

/**
 * What a caller may read: one creditor's debts and debtors (its staff and client apps), or the
 * debtor records a signed-in debtor claimed, whatever their creditors.
 */
public sealed interface ReadScope {

  /** The condition on a debt aliased {@code d}. */
  String onDebts();

  /** The condition on a debtor aliased {@code d}. */
  String onDebtors();

  /** Binds the condition's parameters. */
  void bind(Query query);

  /** Whether the scope can match nothing at all. */
  boolean isEmpty();

  /** Staff and client apps of one creditor. */
  record OfCreditor(CreditorId creditor) implements ReadScope {
    @Override
    public String onDebts() {
      return "d.creditorId = :scopeCreditor";
    }

    @Override
    public String onDebtors() {
      return "d.creditorId = :scopeCreditor";
    }

    @Override
    public void bind(Query query) {
      query.setParameter("scopeCreditor", creditor.toString());
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }

  /** A debtor and the records they claimed. */
  record OfDebtors(Set<DebtorId> debtors) implements ReadScope {
    public OfDebtors {
      debtors = Set.copyOf(debtors);
    }

    @Override
    public String onDebts() {
      return "d.debtorId IN :scopeDebtors";
    }

    @Override
    public String onDebtors() {
      return "d.id IN :scopeDebtors";
    }

    @Override
    public void bind(Query query) {
      query.setParameter("scopeDebtors", debtors.stream().map(DebtorId::toString).toList());
    }

    @Override
    public boolean isEmpty() {
      return debtors.isEmpty();
    }
  }
}
