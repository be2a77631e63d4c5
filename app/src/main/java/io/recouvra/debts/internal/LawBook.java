package io.recouvra.debts.internal;

import io.recouvra.debts.law.LawTables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the debts module reads the law data in force: every computation of interest, penalties,
 * indemnity and limitation asks this one place for its {@link LawTables}.
 *
 * <p>The tables are the rows stored in the debts schema: the shipped CSV rows inserted at start-up
 * and the rows administrators add through the API (docs/adr/0013). Each call reads the tables'
 * revision, one row that every write bumps in its transaction, and reads the rows again when it
 * changed since the copy held here: a row added through any server is seen at once by every server,
 * at the cost of one small query per call.
 */
@ApplicationScoped
public class LawBook {
  @Inject StoredLawRows store;

  private final AtomicReference<Copy> copy = new AtomicReference<>();

  /** The law tables in force now. */
  public LawTables tables() {
    long revision = store.revision();
    return Optional.ofNullable(copy.get())
        .filter(held -> held.revision() == revision)
        .map(Copy::tables)
        .orElseGet(() -> reread(revision));
  }

  /**
   * Reads the rows after the revision: a write committed in between makes the copy newer than its
   * revision says, which only costs one more read on the next call, never a stale answer.
   */
  private LawTables reread(long revision) {
    Copy fresh = new Copy(revision, store.tables());
    copy.set(fresh);
    return fresh.tables();
  }

  /** The tables as read at one revision. */
  private record Copy(long revision, LawTables tables) {}
}
