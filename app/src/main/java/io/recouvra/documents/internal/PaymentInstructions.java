package io.recouvra.documents.internal;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtView;
import io.recouvra.shared.identifiers.Iban;
import java.util.List;

/**
 * How to pay: the creditor's account (beneficiary, IBAN and BIC, printed in groups of four) and,
 * for each open debt, the RF creditor reference to quote with the transfer, so that the payment
 * finds its debt, and the amount to pay.
 */
final class PaymentInstructions {

  private static final float[] ACCOUNT_COLUMNS = {22f, 78f};
  private static final float[] REFERENCE_COLUMNS = {30f, 42f, 28f};
  private static final int GROUP = 4;

  private PaymentInstructions() {}

  /**
   * The section's parts, in order: the heading kept with the account it names, then the table of
   * references.
   */
  static List<Element> of(CreditorView creditor, List<DebtView> debts, Wording wording) {
    return List.of(
        PageParts.keptTogether(
            PageParts.heading(wording.text("statement.payment.heading")),
            PageParts.paragraph(wording.text("statement.payment.transfer")),
            account(creditor, wording),
            PageParts.paragraph(wording.text("statement.payment.quote"))),
        references(debts, wording));
  }

  private static PdfPTable account(CreditorView creditor, Wording wording) {
    PdfPTable account = new PdfPTable(ACCOUNT_COLUMNS);
    account.setWidthPercentage(70f);
    account.setHorizontalAlignment(Element.ALIGN_LEFT);
    account.setSpacingBefore(2f);
    account.setSpacingAfter(8f);
    accountLine(
        account, wording.text("statement.payment.beneficiary"), creditor.legalName(), false);
    String iban = inGroupsOfFour(Iban.normalise(creditor.iban()));
    accountLine(account, wording.text("statement.payment.iban"), iban, true);
    creditor
        .bic()
        .ifPresent(bic -> accountLine(account, wording.text("statement.payment.bic"), bic, true));
    return account;
  }

  private static void accountLine(PdfPTable table, String label, String value, boolean code) {
    table.addCell(PageParts.textCell(label, PageParts.TABLE_STRONG, Element.ALIGN_LEFT));
    table.addCell(
        PageParts.textCell(value, code ? PageParts.CODE : PageParts.TABLE, Element.ALIGN_LEFT));
  }

  private static PdfPTable references(List<DebtView> debts, Wording wording) {
    PdfPTable table = PageParts.table(REFERENCE_COLUMNS);
    table.addCell(
        PageParts.headerCell(
            wording.text("statement.payment.column.reference"), Element.ALIGN_LEFT));
    table.addCell(
        PageParts.headerCell(
            wording.text("statement.payment.column.paymentReference"), Element.ALIGN_LEFT));
    table.addCell(
        PageParts.headerCell(wording.text("statement.payment.column.amount"), Element.ALIGN_RIGHT));
    for (DebtView debt : debts) {
      table.addCell(PageParts.textCell(debt.externalReference()));
      PdfPCell reference =
          PageParts.textCell(
              debt.creditorReference().printed(), PageParts.CODE, Element.ALIGN_LEFT);
      reference.setNoWrap(true);
      table.addCell(reference);
      table.addCell(PageParts.amountCell(wording.amount(debt.balance())));
    }
    return table;
  }

  /** {@code text} in groups of four characters separated by a space, the last possibly shorter. */
  static String inGroupsOfFour(String text) {
    StringBuilder grouped = new StringBuilder(text.length() + text.length() / GROUP);
    for (int i = 0; i < text.length(); i += GROUP) {
      if (i > 0) {
        grouped.append(' ');
      }
      grouped.append(text, i, Math.min(i + GROUP, text.length()));
    }
    return grouped.toString();
  }
}
