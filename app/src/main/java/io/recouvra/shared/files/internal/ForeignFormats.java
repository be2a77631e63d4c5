package io.recouvra.shared.files.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises, from their first bytes, formats that no accepted kind may carry: executables and
 * scripts (always refused as unsafe), archives and other formats (refused as a type mismatch), and
 * a ZIP end record in the last 64 KiB, which makes any file a ZIP as well (a polyglot).
 */
final class ForeignFormats {

  private record Format(String name, byte[] magic) {}

  private static final List<Format> EXECUTABLES =
      List.of(
          new Format("an ELF executable", new byte[] {0x7f, 'E', 'L', 'F'}),
          new Format("a Mach-O executable", hex("feedface")),
          new Format("a Mach-O executable", hex("feedfacf")),
          new Format("a Mach-O executable", hex("cefaedfe")),
          new Format("a Mach-O executable", hex("cffaedfe")),
          new Format("a Java class or Mach-O universal binary", hex("cafebabe")),
          new Format("a script", Bytes.ascii("#!")));

  private static final List<Format> OTHERS =
      List.of(
          new Format("a ZIP archive", Bytes.ascii("PK\u0003\u0004")),
          new Format("a ZIP archive", Bytes.ascii("PK\u0005\u0006")),
          new Format("a gzip archive", hex("1f8b")),
          new Format("a 7-Zip archive", hex("377abcaf271c")),
          new Format("a RAR archive", Bytes.ascii("Rar!\u001a\u0007")),
          new Format("an xz archive", hex("fd377a585a00")),
          new Format("a GIF image", Bytes.ascii("GIF87a")),
          new Format("a GIF image", Bytes.ascii("GIF89a")),
          new Format("a TIFF image", Bytes.ascii("II*\u0000")),
          new Format("a TIFF image", Bytes.ascii("MM\u0000*")),
          new Format("an OLE document", hex("d0cf11e0a1b11ae1")));

  private static final byte[] ZIP_END = Bytes.ascii("PK\u0005\u0006");
  private static final int ZIP_END_WINDOW = 22 + 65_535;
  private static final int MZ_HEADER = 64;

  private ForeignFormats() {}

  /**
   * Refuses an executable or script whatever its declared type, and a file that is also a ZIP.
   *
   * @throws RefusedContent with {@code FILE_UNSAFE}
   */
  static void refuseExecutablesAndArchives(byte[] content) {
    if (isDosExecutable(content)) {
      throw RefusedContent.unsafe("The file is a Windows or DOS executable");
    }
    for (Format format : EXECUTABLES) {
      if (Bytes.startsWith(content, format.magic())) {
        throw RefusedContent.unsafe("The file is " + format.name());
      }
    }
    int from = Math.max(0, content.length - ZIP_END_WINDOW);
    if (Bytes.indexOf(content, ZIP_END, from) >= 0) {
      throw RefusedContent.unsafe("The file ends with a ZIP archive (a polyglot file)");
    }
  }

  /**
   * Refuses content that starts as another format than {@code declared}.
   *
   * @throws RefusedContent with {@code FILE_TYPE_MISMATCH}
   */
  static void refuseOtherFormats(byte[] content, MediaKind declared) {
    for (Format format : OTHERS) {
      if (Bytes.startsWith(content, format.magic())) {
        throw RefusedContent.mismatch(
            "The content is " + format.name() + ", not " + declared.mediaType());
      }
    }
    markupFormat(content)
        .filter(markup -> declared != MediaKind.XML)
        .ifPresent(
            markup -> {
              throw RefusedContent.mismatch(
                  "The content is " + markup + ", not " + declared.mediaType());
            });
  }

  /** HTML, SVG or XML: content whose first non-blank character opens a tag (browsers sniff so). */
  static Optional<String> markupFormat(byte[] content) {
    String start = new String(content, 0, Math.min(content.length, 1024), Bytes.LATIN_1);
    String head = start.replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").stripLeading();
    String lower = head.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("<")) {
      return Optional.empty();
    }
    if (lower.contains("<svg")) {
      return Optional.of("SVG");
    }
    boolean html =
        lower.startsWith("<!doctype html") || lower.contains("<html") || lower.contains("<script");
    return Optional.of(html ? "HTML" : "markup (XML or HTML)");
  }

  /** An MZ header with the zeros every DOS header has, so text starting with "MZ" passes. */
  private static boolean isDosExecutable(byte[] content) {
    if (content.length < MZ_HEADER || content[0] != 'M' || content[1] != 'Z') {
      return false;
    }
    for (int i = 2; i < MZ_HEADER; i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static byte[] hex(String digits) {
    byte[] bytes = new byte[digits.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }
}
