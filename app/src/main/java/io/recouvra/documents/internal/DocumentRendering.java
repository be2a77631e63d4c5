package io.recouvra.documents.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.GregorianCalendar;

/**
 * The one rendering service for every PDF: an A4 page with the creditor's letterhead, the addressee
 * and date, the title, the body, and a footer with the document's date, reference and page numbers
 * on every page. Every text is set in the embedded fonts of {@link Typefaces}. The PDF names its
 * title, creator, author and language, carries the production time as its dates, and contains no
 * JavaScript, no actions and no attachments.
 */
final class DocumentRendering {

  static final String CREATOR = "Recouvra";

  private static final float MARGIN_SIDE = 56f;
  private static final float MARGIN_TOP = 48f;
  private static final float MARGIN_BOTTOM = 72f;

  private DocumentRendering() {}

  /** The PDF of {@code body} within {@code frame}. */
  static byte[] render(DocumentFrame frame, DocumentBody body) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document =
        new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
    PdfWriter writer = PdfWriter.getInstance(document, pdf);
    writer.setPdfVersion(PdfWriter.VERSION_1_7);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    writer.setPageEvent(new PageFooter(frame));
    describe(document, writer, frame);

    document.open();
    try {
      document.add(Letterhead.of(frame));
      document.add(PageParts.title(frame.title()));
      body.writeOn(document);
    } catch (DocumentException e) {
      throw new IllegalStateException("The document could not be laid out", e);
    } finally {
      document.close();
    }
    return pdf.toByteArray();
  }

  /**
   * Sets the PDF's metadata. OpenPDF stamps the creation date with the system clock and ignores a
   * date given through {@link Document}, and writes the document's language only into HTML, so the
   * production time goes into the information dictionary and the language into the catalog
   * directly.
   */
  private static void describe(Document document, PdfWriter writer, DocumentFrame frame) {
    document.addTitle(frame.title() + " " + frame.reference());
    document.addAuthor(frame.creditor().legalName());
    document.addCreator(CREATOR);
    String language = frame.wording().language().toLanguageTag();
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
    PdfDate producedAt = new PdfDate(GregorianCalendar.from(frame.producedAt()));
    writer.getInfo().put(PdfName.CREATIONDATE, producedAt);
    writer.getInfo().put(PdfName.MODDATE, producedAt);
  }
}
