package io.recouvra.documents.internal;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.recouvra.debts.DebtView;
import io.recouvra.shared.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of a debtor's open debts: reference, description, issue and due dates, principal and
 * balance, then one total of the balances per currency, since amounts in different currencies are
 * never added.
 */
final class OpenDebtsTable {

  private static final float[] COLUMNS = {15f, 33f, 12f, 12f, 14f, 14f};
  private static final int LABEL_SPAN = COLUMNS.length - 1;

  private OpenDebtsTable() {}

  /** The table of {@code debts}, in the order given, under its heading. */
  static PdfPTable of(List<DebtView> debts, Wording wording) {
    PdfPTable table = PageParts.table(wording.text("statement.openDebts"), COLUMNS);
    header(table, wording);
    debts.forEach(debt -> row(table, debt, wording));
    totalsByCurrency(debts)
        .forEach(
            (currency, total) -> {
              PdfPCell label =
                  PageParts.totalCell(
                      wording.text("statement.total", currency.getCurrencyCode()),
                      Element.ALIGN_RIGHT);
              label.setColspan(LABEL_SPAN);
              table.addCell(label);
              table.addCell(PageParts.totalCell(wording.amount(total), Element.ALIGN_RIGHT));
            });
    return table;
  }

  /** The sum of the balances of {@code debts} in each currency, by currency code. */
  static Map<Currency, Money> totalsByCurrency(List<DebtView> debts) {
    Map<Currency, Money> totals =
        new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
    debts.forEach(debt -> totals.merge(debt.balance().currency(), debt.balance(), Money::plus));
    return totals;
  }

  private static void header(PdfPTable table, Wording wording) {
    table.addCell(PageParts.headerCell(wording.text("statement.column.reference"), left()));
    table.addCell(PageParts.headerCell(wording.text("statement.column.description"), left()));
    table.addCell(PageParts.headerCell(wording.text("statement.column.issuedOn"), left()));
    table.addCell(PageParts.headerCell(wording.text("statement.column.dueOn"), left()));
    table.addCell(PageParts.headerCell(wording.text("statement.column.principal"), right()));
    table.addCell(PageParts.headerCell(wording.text("statement.column.balance"), right()));
  }

  private static void row(PdfPTable table, DebtView debt, Wording wording) {
    table.addCell(PageParts.textCell(debt.externalReference()));
    table.addCell(PageParts.textCell(debt.description().orElse("")));
    table.addCell(PageParts.textCell(wording.shortDate(debt.issuedOn())));
    table.addCell(PageParts.textCell(wording.shortDate(debt.dueOn())));
    table.addCell(PageParts.amountCell(wording.amount(debt.principal())));
    table.addCell(PageParts.amountCell(wording.amount(debt.balance())));
  }

  private static int left() {
    return Element.ALIGN_LEFT;
  }

  private static int right() {
    return Element.ALIGN_RIGHT;
  }
}
