package io.recouvra.documents.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * The typography every document shares: its fonts, sizes and colours, and the paragraphs, headings
 * and table cells built with them, so that a letter, a receipt and a statement look alike.
 */
final class PageParts {

  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color ACCENT = new Color(0x1f, 0x3a, 0x5f);
  static final Color MUTED = new Color(0x5f, 0x66, 0x70);
  static final Color RULE = new Color(0xc8, 0xce, 0xd6);
  static final Color HEADER_FILL = new Color(0xee, 0xf1, 0xf5);

  static final Font BODY = new Font(Typefaces.regular(), 9.5f, Font.NORMAL, INK);
  static final Font STRONG = new Font(Typefaces.bold(), 9.5f, Font.NORMAL, INK);
  static final Font SMALL = new Font(Typefaces.regular(), 7.5f, Font.NORMAL, MUTED);
  static final Font TABLE = new Font(Typefaces.regular(), 8.5f, Font.NORMAL, INK);
  static final Font TABLE_STRONG = new Font(Typefaces.bold(), 8.5f, Font.NORMAL, INK);
  static final Font TABLE_HEADER = new Font(Typefaces.bold(), 8f, Font.NORMAL, ACCENT);
  static final Font CODE = new Font(Typefaces.mono(), 8.5f, Font.NORMAL, INK);
  static final Font HEADING = new Font(Typefaces.bold(), 11f, Font.NORMAL, ACCENT);
  static final Font TITLE = new Font(Typefaces.bold(), 16f, Font.NORMAL, ACCENT);
  static final Font LETTERHEAD = new Font(Typefaces.bold(), 13f, Font.NORMAL, ACCENT);

  private static final float CELL_PADDING = 4f;

  private PageParts() {}

  /** A paragraph of running text. */
  static Element paragraph(String text) {
    Paragraph paragraph = new Paragraph(text, BODY);
    paragraph.setLeading(BODY.getSize() * 1.35f);
    return block(paragraph, 0f, 5f);
  }

  /** The sender's name under a letter's closing words. */
  static Element signature(String name) {
    Paragraph signature = new Paragraph(name, STRONG);
    signature.setLeading(STRONG.getSize() * 1.35f);
    return block(signature, 10f, 0f);
  }

  /** The heading of a section. */
  static Element heading(String text) {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setLeading(HEADING.getSize() * 1.3f);
    return block(heading, 10f, 3f);
  }

  /** The document's title. */
  static Element title(String text) {
    Paragraph title = new Paragraph(text, TITLE);
    title.setLeading(TITLE.getSize() * 1.25f);
    return block(title, 18f, 8f);
  }

  /**
   * {@code paragraph} in a borderless block over the full text width, kept on one page. Laid out as
   * the tables are, the text of a page extracts (and is read aloud) in the order it is printed,
   * whereas OpenPDF would otherwise put every plain paragraph before every table.
   */
  private static PdfPTable block(Paragraph paragraph, float spacingBefore, float spacingAfter) {
    PdfPTable block = keptTogether(paragraph);
    block.setSpacingBefore(spacingBefore);
    block.setSpacingAfter(spacingAfter);
    return block;
  }

  /** {@code parts} one below the other, never split across two pages. */
  static PdfPTable keptTogether(Element... parts) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    for (Element part : parts) {
      cell.addElement(part);
    }
    PdfPTable block = new PdfPTable(1);
    block.setWidthPercentage(100f);
    block.setKeepTogether(true);
    block.addCell(cell);
    return block;
  }

  /**
   * A table over the full text width, whose columns share it in proportion to {@code widths}; the
   * row added first is its header, repeated at the top of every page the table runs onto.
   */
  static PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100f);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(6f);
    table.setHeaderRows(1);
    return table;
  }

  /**
   * A {@link #table} under a section heading that belongs to it: the heading and the column
   * headers, added next, are repeated on every page, so a heading never ends a page alone.
   */
  static PdfPTable table(String heading, float... widths) {
    PdfPTable table = table(widths);
    PdfPCell cell = new PdfPCell(new Phrase(heading, HEADING));
    cell.setColspan(widths.length);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPaddingLeft(0f);
    cell.setPaddingTop(8f);
    cell.setPaddingBottom(5f);
    table.addCell(cell);
    table.setHeaderRows(2);
    return table;
  }

  /** A column heading; {@code alignment} as the column's values. */
  static PdfPCell headerCell(String text, int alignment) {
    PdfPCell cell = cell(new Phrase(text, TABLE_HEADER), alignment);
    cell.setBackgroundColor(HEADER_FILL);
    cell.setBorderWidthTop(0.75f);
    cell.setBorderColorTop(ACCENT);
    return cell;
  }

  /** A cell of text, left-aligned. */
  static PdfPCell textCell(String text) {
    return cell(new Phrase(text, TABLE), Element.ALIGN_LEFT);
  }

  /** A cell of text in {@code font}, aligned as given. */
  static PdfPCell textCell(String text, Font font, int alignment) {
    return cell(new Phrase(text, font), alignment);
  }

  /** A cell holding an amount, right-aligned so that the decimals line up. */
  static PdfPCell amountCell(String amount) {
    PdfPCell cell = cell(new Phrase(amount, TABLE), Element.ALIGN_RIGHT);
    cell.setNoWrap(true);
    return cell;
  }

  /** A cell holding a total: bold, right-aligned, ruled above. */
  static PdfPCell totalCell(String text, int alignment) {
    PdfPCell cell = cell(new Phrase(text, TABLE_STRONG), alignment);
    cell.setBorderWidthTop(0.75f);
    cell.setBorderColorTop(INK);
    return cell;
  }

  private static PdfPCell cell(Phrase phrase, int alignment) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setPaddingTop(CELL_PADDING - 1f);
    cell.setPaddingBottom(CELL_PADDING + 1f);
    cell.setPaddingLeft(CELL_PADDING);
    cell.setPaddingRight(CELL_PADDING);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderWidthBottom(0.5f);
    cell.setBorderColorBottom(RULE);
    cell.setUseVariableBorders(true);
    return cell;
  }
}
