package io.recouvra.documents.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The foot of every page, below a thin rule: the document's title, date and reference on the left,
 * and "page X / Y" on the right. The page count is only known when the document closes, so it is
 * written into a small template that every page shows.
 */
final class PageFooter extends PdfPageEventHelper {

  private static final float SIZE = PageParts.SMALL.getSize();
  private static final float RULE_GAP = 14f;
  private static final float TEXT_GAP = 24f;

  private final DocumentFrame frame;
  private PdfTemplate pageCount;

  PageFooter(DocumentFrame frame) {
    this.frame = frame;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    pageCount = writer.getDirectContent().createTemplate(widthOf("0000"), SIZE * 1.5f);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    float ruleY = document.bottom() - RULE_GAP;
    float textY = document.bottom() - TEXT_GAP;
    drawRule(canvas, document.left(), document.right(), ruleY);

    Phrase about =
        new Phrase(
            frame.wording().text("footer.document", frame.title(), frame.date(), frame.reference()),
            PageParts.SMALL);
    ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, about, document.left(), textY, 0);

    String page = frame.wording().text("footer.page", String.valueOf(writer.getPageNumber()), "");
    float pageX = document.right() - widthOf(page) - pageCount.getWidth();
    ColumnText.showTextAligned(
        canvas, Element.ALIGN_LEFT, new Phrase(page, PageParts.SMALL), pageX, textY, 0);
    canvas.addTemplate(pageCount, pageX + widthOf(page), textY - SIZE * 0.3f);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    String total = String.valueOf(writer.getPageNumber() - 1);
    ColumnText.showTextAligned(
        pageCount, Element.ALIGN_LEFT, new Phrase(total, PageParts.SMALL), 0, SIZE * 0.3f, 0);
  }

  private static void drawRule(PdfContentByte canvas, float left, float right, float y) {
    canvas.saveState();
    canvas.setColorStroke(PageParts.RULE);
    canvas.setLineWidth(0.5f);
    canvas.moveTo(left, y);
    canvas.lineTo(right, y);
    canvas.stroke();
    canvas.restoreState();
  }

  private static float widthOf(String text) {
    return PageParts.SMALL.getBaseFont().getWidthPoint(text, SIZE);
  }
}
