package io.recouvra.debts.internal;

import io.recouvra.debts.law.LawTables;
import io.recouvra.debts.law.LawTablesCsv;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the debts module reads the law data in force: every computation of interest, penalties,
 * indemnity and limitation asks this one place for its {@link LawTables}.
 *
 * <p>For now the tables are the seed rows shipped on the class path; the rows administrators add
 * through the API come with the rate tables stored in the database.
 */
@ApplicationScoped
public class LawBook {

  /** The law tables in force now. */
  public LawTables tables() {
    return LawTablesCsv.seed();
  }
}
