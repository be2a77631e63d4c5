package io.recouvra.debts.internal;

import io.recouvra.debts.DebtFilter;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorView;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/** Reads debts and debtors of one creditor, each call in one read transaction. */
@ApplicationScoped
@Transactional
public class DebtReads {
  @Inject DebtStore store;

  public List<DebtView> debts(CreditorId creditor, Collection<DebtId> ids) {
    return store.debts(creditor, ids).stream().map(DebtRecord::toView).toList();
  }

  public Page<DebtView> debts(CreditorId creditor, DebtFilter filter, PageRequest page) {
    return store.debts(creditor, filter, page).map(DebtRecord::toView);
  }

  public List<DebtorView> debtors(CreditorId creditor, Collection<DebtorId> ids) {
    return store.debtors(creditor, ids).stream().map(DebtorRecord::toView).toList();
  }

  public Page<DebtorView> debtors(CreditorId creditor, PageRequest page) {
    return store.debtors(creditor, page).map(DebtorRecord::toView);
  }
}
