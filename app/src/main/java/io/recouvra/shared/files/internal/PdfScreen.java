package io.recouvra.shared.files.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Checks that content is a PDF and nothing else: its header at the very start, nothing after its
 * last end-of-file marker, no ZIP inside its structure, no JavaScript, launch, embedded-file or
 * automatic actions (in its structure and in its compressed object streams), no encryption, and no
 * Flate stream that inflates past a limit.
 */
final class PdfScreen {

  private static final byte[] HEADER = Bytes.ascii("%PDF-");
  private static final byte[] END_OF_FILE = Bytes.ascii("%%EOF");
  private static final byte[] STREAM = Bytes.ascii("stream");
  private static final byte[] END_STREAM = Bytes.ascii("endstream");
  private static final byte[] OBJECT = Bytes.ascii("obj");
  private static final byte[] END = Bytes.ascii("end");
  private static final byte[] ZIP_ENTRY = Bytes.ascii("PK\u0003\u0004");
  private static final byte[] ZIP_DIRECTORY = Bytes.ascii("PK\u0001\u0002");
  private static final Set<String> FLATE = Set.of("FlateDecode", "Fl");
  private static final Set<String> OTHER_FILTERS =
      Set.of(
          "ASCIIHexDecode",
          "AHx",
          "ASCII85Decode",
          "A85",
          "LZWDecode",
          "LZW",
          "RunLengthDecode",
          "RL",
          "CCITTFaxDecode",
          "CCF",
          "JBIG2Decode",
          "DCTDecode",
          "DCT",
          "JPXDecode",
          "Crypt");
  private static final int BUFFER = 64 * 1024;

  private final byte[] pdf;
  private long inflateBudget;

  private PdfScreen(byte[] pdf, long maxInflatedBytes) {
    this.pdf = pdf;
    this.inflateBudget = maxInflatedBytes;
  }

  /**
   * Checks a declared PDF.
   *
   * @param maxInflatedBytes how many bytes all Flate streams together may inflate to
   * @throws RefusedContent when it must not be kept
   */
  static void check(byte[] content, long maxInflatedBytes) {
    new PdfScreen(content, maxInflatedBytes).check();
  }

  private void check() {
    if (!Bytes.startsWith(pdf, HEADER)) {
      throw Bytes.indexOf(pdf, HEADER, 0) >= 0
          ? RefusedContent.unsafe("The PDF header is not at the start (a polyglot file)")
          : RefusedContent.mismatch("The content is not a PDF");
    }
    refuseTrailingData();
    int position = 0;
    while (position < pdf.length) {
      int keyword = nextStreamKeyword(position);
      int structureEnd = keyword < 0 ? pdf.length : keyword;
      checkStructure(position, structureEnd);
      if (keyword < 0) {
        return;
      }
      position = checkStream(position, keyword);
    }
  }

  private void refuseTrailingData() {
    int last = Bytes.lastIndexOf(pdf, END_OF_FILE, 0, pdf.length);
    if (last < 0) {
      throw RefusedContent.mismatch("The PDF has no end-of-file marker");
    }
    for (int i = last + END_OF_FILE.length; i < pdf.length; i++) {
      if (!Bytes.isWhiteSpace(pdf[i])) {
        throw RefusedContent.unsafe("Data follows the end of the PDF (a polyglot file)");
      }
    }
  }

  private void checkStructure(int from, int to) {
    if (Bytes.indexOf(pdf, ZIP_ENTRY, from, to) >= 0
        || Bytes.indexOf(pdf, ZIP_DIRECTORY, from, to) >= 0) {
      throw RefusedContent.unsafe("The PDF contains a ZIP archive (a polyglot file)");
    }
    PdfNames.refuseActiveContent(pdf, from, to);
  }

  /** The index of the next {@code stream} keyword that opens a stream's data, or -1. */
  private int nextStreamKeyword(int from) {
    int i = Bytes.indexOf(pdf, STREAM, from);
    while (i >= 0) {
      int after = i + STREAM.length;
      boolean isEnd = Bytes.regionMatches(pdf, i - END.length, END);
      if (!isEnd && after < pdf.length && (pdf[after] == '\r' || pdf[after] == '\n')) {
        return i;
      }
      i = Bytes.indexOf(pdf, STREAM, after);
    }
    return -1;
  }

  /** Checks the stream whose keyword is at {@code keyword}; returns where its data ends. */
  private int checkStream(int structureStart, int keyword) {
    int dataStart = keyword + STREAM.length;
    dataStart +=
        pdf[dataStart] == '\r' && dataStart + 1 < pdf.length && pdf[dataStart + 1] == '\n' ? 2 : 1;
    int dataEnd = Bytes.indexOf(pdf, END_STREAM, dataStart);
    if (dataEnd < 0) {
      throw RefusedContent.mismatch("The PDF has a stream without its end");
    }
    int objectStart = Bytes.lastIndexOf(pdf, OBJECT, structureStart, keyword);
    Set<String> dictionary =
        PdfNames.namesIn(pdf, objectStart < 0 ? structureStart : objectStart, keyword);
    checkStreamData(dictionary, dataStart, dataEnd);
    return dataEnd + END_STREAM.length;
  }

  private void checkStreamData(Set<String> dictionary, int from, int to) {
    boolean objectStream = dictionary.contains("ObjStm");
    long flateLayers = dictionary.stream().filter(FLATE::contains).count();
    boolean otherFilters = dictionary.stream().anyMatch(OTHER_FILTERS::contains);
    if (otherFilters) {
      if (objectStream) {
        throw RefusedContent.unsafe("The PDF has an object stream that cannot be checked");
      }
      return;
    }
    if (flateLayers == 0) {
      checkStructure(from, to);
      return;
    }
    inflate(from, to, (int) flateLayers, objectStream);
  }

  private void inflate(int from, int to, int layers, boolean objectStream) {
    ByteArrayInputStream raw = new ByteArrayInputStream(pdf, from, to - from);
    Inflater first = new Inflater();
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    int unread;
    try {
      InputStream decoded = new InflaterInputStream(raw, first, 512);
      for (int layer = 1; layer < layers; layer++) {
        decoded = new InflaterInputStream(decoded);
      }
      drain(decoded, objectStream ? kept : OutputStream.nullOutputStream());
      unread = raw.available() + first.getRemaining();
    } catch (IOException unreadable) {
      if (objectStream) {
        throw RefusedContent.unsafe("The PDF has an object stream that cannot be read");
      }
      checkStructure(from, to);
      return;
    } finally {
      first.end();
    }
    if (objectStream) {
      byte[] objects = kept.toByteArray();
      PdfNames.refuseActiveContent(objects, 0, objects.length);
    }
    checkStructure(to - unread, to);
  }

  private void drain(InputStream decoded, OutputStream kept) throws IOException {
    byte[] buffer = new byte[BUFFER];
    for (int read = decoded.read(buffer); read >= 0; read = decoded.read(buffer)) {
      inflateBudget -= read;
      if (inflateBudget < 0) {
        throw RefusedContent.unsafe(
            "The PDF has streams that inflate too far (a compression bomb)");
      }
      kept.write(buffer, 0, read);
    }
  }
}
