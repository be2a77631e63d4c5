package io.recouvra.debts.internal;

import io.recouvra.debts.DebtFilter;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorView;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/** Reads the debts and debtors of a read scope, each call in one read transaction. */
@ApplicationScoped
@Transactional
public class DebtReads {
  @Inject DebtStore store;

  public List<DebtView> debts(ReadScope scope, Collection<DebtId> ids) {
    return store.debts(scope, ids).stream().map(DebtRecord::toView).toList();
  }

  public Page<DebtView> debts(ReadScope scope, DebtFilter filter, PageRequest page) {
    return store.debts(scope, filter, page).map(DebtRecord::toView);
  }

  public List<DebtorView> debtors(ReadScope scope, Collection<DebtorId> ids) {
    return store.debtors(scope, ids).stream().map(DebtorRecord::toView).toList();
  }

  public Page<DebtorView> debtors(ReadScope scope, PageRequest page) {
    return store.debtors(scope, page).map(DebtorRecord::toView);
  }
}
