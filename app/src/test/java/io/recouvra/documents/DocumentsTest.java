package io.recouvra.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.recouvra.debts.CreditorView;
import io.recouvra.debts.Creditors;
import io.recouvra.debts.DebtFilter;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorView;
import io.recouvra.debts.Debts;
import io.recouvra.documents.internal.StatementExamples;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import io.recouvra.shared.reference.CreditorReference;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The facade with the debts module stood in for: what it reads, and what it refuses. */
class DocumentsTest {

  private static final CreditorId OTHER_CREDITOR = CreditorId.random();

  private final TenantDebts debts = new TenantDebts(250);
  private final Documents documents = documents(debts);

  private static Documents documents(Debts debts) {
    Documents documents = new Documents();
    documents.debts = debts;
    documents.creditors = new TenantCreditors();
    // 23:30 UTC on 4 December is already 5 December in Paris, the creditor's time zone
    documents.clock = Clock.fixed(Instant.parse("2026-12-04T23:30:00Z"), ZoneOffset.UTC);
    return documents;
  }

  private static Caller staffOf(CreditorId creditor) {
    return new Caller(
        "controller-1", Set.of(Role.CREDIT_CONTROLLER), Optional.of(creditor), Set.of());
  }

  private static String textOf(RenderedDocument document) throws IOException {
    PdfReader reader = new PdfReader(document.content());
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    reader.close();
    return text.toString().replaceAll("[ \u00a0]+", " ");
  }

  @Test
  void statementGathersEveryPageOfTheDebtorsOpenDebts() throws IOException {
    Outcome<RenderedDocument> statement =
        documents.debtStatement(staffOf(StatementExamples.CREDITOR), StatementExamples.DEBTOR);

    assertThat(statement.isDone()).isTrue();
    String text = textOf(statement.value().orElseThrow());
    assertThat(text).contains("D-001", "D-100", "D-101", "D-200", "D-201", "D-250");
    // 250 debts of 1,00 € each
    assertThat(text).contains("Total restant dû (EUR)250,00 €");
    assertThat(debts.requests).hasSize(3);
    assertThat(debts.filters)
        .allSatisfy(
            f -> {
              assertThat(f.debtor()).contains(StatementExamples.DEBTOR);
              assertThat(f.status()).contains(DebtStatus.OPEN);
            });
  }

  @Test
  void statementIsDatedTodayInTheCreditorsTimeZone() throws IOException {
    RenderedDocument statement =
        documents
            .debtStatement(staffOf(StatementExamples.CREDITOR), StatementExamples.DEBTOR)
            .value()
            .orElseThrow();

    assertThat(statement.fileName()).isEqualTo("releve-de-compte-C-042-20261205.pdf");
    assertThat(textOf(statement)).contains("le 5 décembre 2026");
  }

  @Test
  void aDebtorOfAnotherCreditorIsReportedAsMissing() {
    Outcome<RenderedDocument> statement =
        documents.debtStatement(staffOf(OTHER_CREDITOR), StatementExamples.DEBTOR);

    assertThat(statement.isDone()).isFalse();
    assertThat(statement.problems()).extracting(Problem::code).containsExactly(ErrorCode.NOT_FOUND);
    assertThat(debts.requests).isEmpty();
  }

  @Test
  void anUnknownDebtorIsReportedAsMissing() {
    Outcome<RenderedDocument> statement =
        documents.debtStatement(staffOf(StatementExamples.CREDITOR), DebtorId.random());

    assertThat(statement.problems()).extracting(Problem::code).containsExactly(ErrorCode.NOT_FOUND);
  }

  @Test
  void aCallerActingForNoCreditorGetsNothing() {
    Outcome<RenderedDocument> statement =
        documents.debtStatement(Caller.anonymous(), StatementExamples.DEBTOR);

    assertThat(statement.problems()).extracting(Problem::code).containsExactly(ErrorCode.NOT_FOUND);
  }

  /** The example creditor, seen only by its own staff. */
  private static final class TenantCreditors extends Creditors {
    @Override
    public Optional<CreditorView> ofCaller(Caller caller) {
      return caller
          .tenant()
          .filter(StatementExamples.CREDITOR::equals)
          .map(t -> StatementExamples.creditor());
    }

    @Override
    public Optional<CreditorView> ofDebtor(DebtorView debtor) {
      return Optional.of(debtor.creditor())
          .filter(StatementExamples.CREDITOR::equals)
          .map(t -> StatementExamples.creditor());
    }
  }

  /** The example debtor and its open debts, served a page at a time to its creditor only. */
  private static final class TenantDebts extends Debts {
    final List<PageRequest> requests = new ArrayList<>();
    final List<DebtFilter> filters = new ArrayList<>();
    private final List<DebtView> all = new ArrayList<>();

    TenantDebts(int count) {
      for (int i = 1; i <= count; i++) {
        String reference = String.format("D-%03d", i);
        all.add(
            StatementExamples.open(
                reference,
                "Facture",
                "1.00",
                "1.00",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1).plusDays(i),
                CreditorReference.forBody("D" + i)));
      }
    }

    @Override
    public List<DebtorView> debtors(Caller caller, Collection<DebtorId> ids) {
      boolean own = caller.tenant().filter(StatementExamples.CREDITOR::equals).isPresent();
      return own && ids.contains(StatementExamples.DEBTOR)
          ? List.of(StatementExamples.debtor(Locale.FRENCH))
          : List.of();
    }

    @Override
    public Page<DebtView> debts(Caller caller, DebtFilter filter, PageRequest page) {
      requests.add(page);
      filters.add(filter);
      int from = page.after().map(Integer::parseInt).orElse(0);
      int to = Math.min(from + page.size(), all.size());
      List<Page.Entry<DebtView>> entries = new ArrayList<>();
      for (int i = from; i < to; i++) {
        entries.add(new Page.Entry<>(all.get(i), String.valueOf(i + 1)));
      }
      return new Page<>(entries, to < all.size());
    }

    @Override
    public List<DebtView> debts(Caller caller, Collection<DebtId> ids) {
      return List.of();
    }
  }
}
