package io.recouvra.shared.files.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans the name a sender gave a file, so it can be shown and offered for download safely: no
 * folders, no control, format or bidirectional characters, none of {@code <>:"/\|?*}, at most
 * {@value #MAX_LENGTH} characters, and always the extension of the type found in the content.
 */
public final class FileName {

  /** The longest name kept. */
  public static final int MAX_LENGTH = 200;

  private static final String FORBIDDEN = "<>:\"/\\|?*";
  private static final String FALLBACK = "file";
  private static final String ATTRIBUTE_CHARACTERS = "!#$&+-.^_`|~";

  private FileName() {}

  /** The cleaned name for content of {@code kind}. */
  public static String clean(String given, MediaKind kind) {
    String base = withoutFolders(given == null ? "" : given);
    String normalized = Normalizer.normalize(base, Normalizer.Form.NFC);
    StringBuilder kept = new StringBuilder();
    normalized
        .codePoints()
        .filter(FileName::isAllowed)
        .forEach(c -> kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c));
    String name = trimDotsAndSpaces(kept.toString().replaceAll(" {2,}", " "));
    return withExtension(name.isEmpty() ? FALLBACK : name, kind);
  }

  /**
   * A {@code Content-Disposition} value offering the file as a download: an ASCII fallback name and
   * the exact name in RFC 8187 form ({@code filename*=UTF-8''...}).
   */
  public static String attachment(String name) {
    String ascii =
        name.codePoints()
            .map(c -> c < 0x20 || c > 0x7e ? '_' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .replace('"', '_')
            .replace('\\', '_');
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(name);
  }

  private static String withoutFolders(String given) {
    int cut = Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\'));
    return given.substring(cut + 1);
  }

  private static boolean isAllowed(int c) {
    int type = Character.getType(c);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && FORBIDDEN.indexOf(c) < 0;
  }

  private static String trimDotsAndSpaces(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
      start++;
    }
    while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
      end--;
    }
    return name.substring(start, end);
  }

  private static String withExtension(String name, MediaKind kind) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean hasOwn = kind.extensions().stream().anyMatch(ext -> lower.endsWith("." + ext));
    int dot = name.lastIndexOf('.');
    String extension = hasOwn ? name.substring(dot) : "." + kind.extensions().get(0);
    String stem = hasOwn ? name.substring(0, dot) : name;
    int room = MAX_LENGTH - extension.length();
    if (stem.codePointCount(0, stem.length()) > room) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, room));
    }
    return stem + extension;
  }

  private static String percentEncoded(String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || ATTRIBUTE_CHARACTERS.indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }
}
