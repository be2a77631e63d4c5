package io.recouvra.documents.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorView;
import io.recouvra.documents.RenderedDocument;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The debt statement: what one debtor still owes one creditor on the day it is produced. It lists
 * each open debt and a total per currency, then how to pay. Closed debts are left out, and the
 * statement says so: it is a statement of what remains to be paid, not a history.
 */
public final class DebtStatement {

  private static final Comparator<DebtView> BY_DUE_DATE =
      Comparator.comparing(DebtView::dueOn)
          .thenComparing(DebtView::issuedOn)
          .thenComparing(DebtView::externalReference);
  private static final DateTimeFormatter REFERENCE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final CreditorView creditor;
  private final DebtorView debtor;
  private final List<DebtView> openDebts;
  private final DocumentFrame frame;

  /**
   * The statement of {@code debtor}'s {@code debts} owed to {@code creditor}, produced at {@code
   * producedAt} (in the creditor's time zone).
   */
  public DebtStatement(
      CreditorView creditor, DebtorView debtor, List<DebtView> debts, ZonedDateTime producedAt) {
    this.creditor = creditor;
    this.debtor = debtor;
    this.openDebts =
        debts.stream().filter(d -> d.status() == DebtStatus.OPEN).sorted(BY_DUE_DATE).toList();
    Wording wording = Wording.of(debtor.language());
    this.frame =
        new DocumentFrame(
            creditor,
            wording,
            producedAt,
            wording.text("statement.title"),
            debtor.customerReference() + "-" + REFERENCE_DATE.format(producedAt.toLocalDate()),
            Optional.of(addressee(creditor, debtor, wording)));
  }

  /** The statement as a PDF file. */
  public RenderedDocument render() {
    byte[] pdf = DocumentRendering.render(frame, this::writeOn);
    return new RenderedDocument(fileName(), RenderedDocument.PDF, pdf);
  }

  /** The name the file is offered under, e.g. {@code releve-de-compte-C-042-20261205.pdf}. */
  String fileName() {
    String reference = frame.reference().replaceAll("[^A-Za-z0-9_-]", "_");
    return frame.wording().text("statement.fileName") + "-" + reference + ".pdf";
  }

  private void writeOn(Document document) throws DocumentException {
    Wording wording = frame.wording();
    String customer = debtor.customerReference();
    document.add(PageParts.paragraph(wording.text("statement.customerReference", customer)));
    document.add(PageParts.paragraph(wording.text("statement.salutation")));
    document.add(
        PageParts.paragraph(wording.text("statement.intro", creditor.legalName(), frame.date())));

    if (openDebts.isEmpty()) {
      document.add(PageParts.paragraph(wording.text("statement.nothingDue")));
    } else {
      document.add(OpenDebtsTable.of(openDebts, wording));
      for (Element part : PaymentInstructions.of(creditor, openDebts, wording)) {
        document.add(part);
      }
      document.add(PageParts.paragraph(wording.text("statement.closing.alreadyPaid")));
      document.add(PageParts.paragraph(wording.text("statement.closing.questions")));
    }

    document.add(PageParts.paragraph(wording.text("statement.closing.regards")));
    document.add(PageParts.signature(creditor.legalName()));
  }

  /** The debtor as addressed: name and postal address, with the country when abroad. */
  private static Addressee addressee(CreditorView creditor, DebtorView debtor, Wording wording) {
    String home = creditor.address().country();
    List<String> lines =
        debtor
            .postalAddress()
            .map(a -> Letterhead.addressLines(a, wording, !a.country().equals(home)))
            .orElse(List.of());
    return new Addressee(debtor.name(), lines);
  }
}
