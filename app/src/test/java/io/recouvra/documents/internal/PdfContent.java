package io.recouvra.documents.internal;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A rendered PDF read back with OpenPDF's reader, as a person's PDF viewer would read it. */
final class PdfContent implements AutoCloseable {

  private final PdfReader reader;

  PdfContent(byte[] pdf) {
    try {
      reader = new PdfReader(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PdfReader reader() {
    return reader;
  }

  int pages() {
    return reader.getNumberOfPages();
  }

  /** The text of page {@code number} (from 1), as extracted. */
  String page(int number) {
    try {
      return new PdfTextExtractor(reader).getTextFromPage(number);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of every page, each run of spaces and no-break spaces read as one space (the extractor
   * puts a space on either side of a no-break space).
   */
  String text() {
    return rawText().replaceAll("[ \u00a0]+", " ");
  }

  /** The text of every page exactly as extracted. */
  String rawText() {
    StringBuilder text = new StringBuilder();
    for (int number = 1; number <= pages(); number++) {
      text.append(page(number)).append('\n');
    }
    return text.toString();
  }

  /** Every dictionary among the file's objects. */
  List<PdfDictionary> dictionaries() {
    List<PdfDictionary> found = new ArrayList<>();
    for (int i = 0; i < reader.getXrefSize(); i++) {
      PdfObject object = reader.getPdfObject(i);
      if (object != null && object.isDictionary()) {
        found.add((PdfDictionary) object);
      } else if (object != null && object.isStream()) {
        found.add((PdfDictionary) object);
      }
    }
    return found;
  }

  /** The dictionaries of type /Font. */
  List<PdfDictionary> fonts() {
    return dictionaries().stream().filter(d -> PdfName.FONT.equals(d.get(PdfName.TYPE))).toList();
  }

  @Override
  public void close() {
    reader.close();
  }
}
