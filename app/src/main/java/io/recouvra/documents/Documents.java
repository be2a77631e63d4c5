package io.recouvra.documents;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.Creditors;
import io.recouvra.debts.DebtFilter;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorView;
import io.recouvra.debts.Debts;
import io.recouvra.documents.internal.DebtStatement;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The documents module's facade: renders the PDF documents Recouvra produces, each with the
 * creditor's letterhead and in the reader's language. Every call acts for the caller's creditor
 * only; another creditor's objects are treated as missing. Which roles may ask for which document
 * is the API layer's to check.
 */
@ApplicationScoped
public class Documents {
  private static final Logger LOG = Logger.getLogger(Documents.class.getName());

  /** How many debts are read at a time while gathering a debtor's debts. */
  static final int DEBTS_PER_READ = 100;

  @Inject Debts debts;
  @Inject Creditors creditors;
  @Inject Clock clock;

  /**
   * The statement of account of {@code debtor}: every open debt with its balance, a total per
   * currency, and how to pay, dated today in the creditor's time zone. Refused with {@link
   * ErrorCode#NOT_FOUND} when the debtor does not exist or belongs to another creditor than the
   * caller's.
   */
  public Outcome<RenderedDocument> debtStatement(Caller caller, DebtorId debtor) {
    Optional<DebtorView> addressee =
        debts.debtors(caller, List.of(debtor)).stream()
            .filter(d -> d.id().equals(debtor))
            .findFirst();
    Optional<CreditorView> creditor = addressee.flatMap(creditors::ofDebtor);
    if (creditor.isEmpty() || addressee.isEmpty()) {
      return Outcome.refused(
          Problem.at("debtor", ErrorCode.NOT_FOUND, "No such debtor among those you may read"));
    }

    List<DebtView> open = openDebtsOf(caller, debtor);
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(creditor.get().timeZone()));
    RenderedDocument statement =
        new DebtStatement(creditor.get(), addressee.get(), open, now).render();

    LOG.info(() -> "Debt statement of debtor " + debtor + " rendered, " + open.size() + " debts");
    return Outcome.done(statement);
  }

  /** Every open debt of {@code debtor}, read page after page. */
  private List<DebtView> openDebtsOf(Caller caller, DebtorId debtor) {
    DebtFilter filter =
        new DebtFilter(
            Optional.of(DebtStatus.OPEN),
            Optional.of(debtor),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    List<DebtView> found = new ArrayList<>();
    PageRequest request = PageRequest.first(DEBTS_PER_READ);
    while (true) {
      Page<DebtView> page = debts.debts(caller, filter, request);
      found.addAll(page.items());
      if (!page.hasNext() || page.entries().isEmpty()) {
        return found;
      }
      String last = page.entries().get(page.entries().size() - 1).cursor();
      request = new PageRequest(DEBTS_PER_READ, Optional.of(last));
    }
  }
}
