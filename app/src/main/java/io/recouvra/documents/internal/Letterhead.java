package io.recouvra.documents.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.recouvra.debts.CreditorView;
import io.recouvra.debts.PostalAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of a document's first page: the creditor's letterhead (legal name, postal address, SIREN
 * when it has one) on the left, the addressee below it on the right where the window of a C5/6 or
 * DL envelope shows it, then the place and date.
 */
final class Letterhead {

  private static final float[] COLUMNS = {56f, 44f};
  private static final float ADDRESSEE_GAP = 20f;

  private Letterhead() {}

  /** The letterhead, addressee and date of {@code frame}. */
  static PdfPTable of(DocumentFrame frame) {
    PdfPTable head = new PdfPTable(COLUMNS);
    head.setWidthPercentage(100f);
    head.addCell(creditorBlock(frame));
    head.addCell(blank());
    head.addCell(blank());
    head.addCell(addresseeBlock(frame));
    head.addCell(blank());
    head.addCell(dateLine(frame));
    return head;
  }

  private static PdfPCell creditorBlock(DocumentFrame frame) {
    CreditorView creditor = frame.creditor();
    PdfPCell cell = blank();
    cell.addElement(new Paragraph(creditor.legalName(), PageParts.LETTERHEAD));
    List<String> lines = new ArrayList<>(addressLines(creditor.address(), frame.wording(), true));
    creditor
        .siren()
        .ifPresent(s -> lines.add(frame.wording().text("letterhead.siren", grouped(s))));
    lines.forEach(line -> cell.addElement(line(line, PageParts.BODY)));
    return cell;
  }

  private static PdfPCell addresseeBlock(DocumentFrame frame) {
    PdfPCell cell = blank();
    cell.setPaddingTop(ADDRESSEE_GAP);
    frame
        .addressee()
        .ifPresent(
            addressee -> {
              cell.addElement(line(addressee.name(), PageParts.STRONG));
              addressee.lines().forEach(line -> cell.addElement(line(line, PageParts.BODY)));
            });
    return cell;
  }

  private static PdfPCell dateLine(DocumentFrame frame) {
    PdfPCell cell = blank();
    cell.setPaddingTop(ADDRESSEE_GAP);
    String city = frame.creditor().address().city();
    Paragraph date =
        line(frame.wording().text("document.placeAndDate", city, frame.date()), PageParts.BODY);
    cell.addElement(date);
    return cell;
  }

  /**
   * The lines of a postal address as printed: its lines, then postal code and city, then, when
   * {@code withCountry}, the country in capitals.
   */
  static List<String> addressLines(PostalAddress address, Wording wording, boolean withCountry) {
    List<String> lines = new ArrayList<>(address.lines());
    lines.add(address.postalCode() + " " + address.city());
    if (withCountry) {
      lines.add(wording.country(address.country()).toUpperCase(wording.language()));
    }
    return lines;
  }

  private static Paragraph line(String text, Font font) {
    Paragraph line = new Paragraph(text, font);
    line.setLeading(font.getSize() * 1.3f);
    return line;
  }

  private static PdfPCell blank() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.setHorizontalAlignment(Element.ALIGN_LEFT);
    return cell;
  }

  /** A SIREN in three groups of three digits, as it is usually printed. */
  private static String grouped(String siren) {
    return siren.replaceAll("(\\d{3})(?=\\d)", "$1 ");
  }
}
