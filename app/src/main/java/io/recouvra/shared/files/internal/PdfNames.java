package io.recouvra.shared.files.internal;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the PDF names that start actions or carry hidden content ({@code /JS}, {@code /Launch},
 * {@code /EmbeddedFile}...) in a stretch of PDF syntax, reading names written with {@code #xx}
 * escapes ({@code /J#61vaScript}) as the viewer would.
 */
final class PdfNames {

  private static final Map<String, String> ACTIVE =
      Map.ofEntries(
          Map.entry("JS", "JavaScript"),
          Map.entry("JavaScript", "JavaScript"),
          Map.entry("Launch", "a launch action"),
          Map.entry("EmbeddedFile", "an embedded file"),
          Map.entry("EmbeddedFiles", "an embedded file"),
          Map.entry("AA", "an automatic action"),
          Map.entry("RichMedia", "rich media"),
          Map.entry("XFA", "an XFA form"),
          Map.entry("SubmitForm", "a form submission action"),
          Map.entry("ImportData", "a data import action"),
          Map.entry("GoToE", "an action into an embedded file"),
          Map.entry("Encrypt", "encryption, which keeps its content from being checked"));

  private static final Set<Character> DELIMITERS =
      Set.of('(', ')', '<', '>', '[', ']', '{', '}', '/', '%');

  private PdfNames() {}

  /**
   * Refuses active names in {@code pdf[from, to)}.
   *
   * @throws RefusedContent with {@code FILE_UNSAFE}
   */
  static void refuseActiveContent(byte[] pdf, int from, int to) {
    int i = from;
    while (i < to) {
      if (pdf[i] != '/') {
        i++;
        continue;
      }
      int end = nameEnd(pdf, i + 1, to);
      String name = decode(pdf, i + 1, end);
      String what = ACTIVE.get(name);
      if (what != null) {
        throw RefusedContent.unsafe("The PDF contains " + what);
      }
      if (name.equals("OpenAction") && !startsDestination(pdf, end, to)) {
        throw RefusedContent.unsafe("The PDF runs an action when it is opened");
      }
      i = end;
    }
  }

  /** The names in a stretch of PDF syntax, e.g. to read a stream's dictionary. */
  static Set<String> namesIn(byte[] pdf, int from, int to) {
    Set<String> names = new HashSet<>();
    int i = from;
    while (i < to) {
      if (pdf[i] == '/') {
        int end = nameEnd(pdf, i + 1, to);
        names.add(decode(pdf, i + 1, end));
        i = end;
      } else {
        i++;
      }
    }
    return names;
  }

  private static int nameEnd(byte[] pdf, int start, int to) {
    int i = start;
    while (i < to && !Bytes.isWhiteSpace(pdf[i]) && !DELIMITERS.contains((char) (pdf[i] & 0xff))) {
      i++;
    }
    return i;
  }

  /** An OpenAction that is a destination array (go to a page) rather than an action. */
  private static boolean startsDestination(byte[] pdf, int from, int to) {
    int i = from;
    while (i < to && Bytes.isWhiteSpace(pdf[i])) {
      i++;
    }
    return i < to && pdf[i] == '[';
  }

  private static String decode(byte[] pdf, int from, int to) {
    ByteArrayOutputStream name = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      if (pdf[i] == '#' && hexValue(pdf, i + 1, to) >= 0) {
        name.write(hexValue(pdf, i + 1, to));
        i += 2;
      } else {
        name.write(pdf[i]);
      }
    }
    return name.toString(Bytes.LATIN_1);
  }

  private static int hexValue(byte[] pdf, int at, int to) {
    if (at + 1 >= to) {
      return -1;
    }
    int high = Character.digit(pdf[at], 16);
    int low = Character.digit(pdf[at + 1], 16);
    return high < 0 || low < 0 ? -1 : high << 4 | low;
  }
}
