package io.recouvra.documents.internal;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every document is set in: Liberation Sans and Liberation Mono (SIL Open Font License
 * 1.1), read from the {@code openpdf-fonts-extra} artifact on the class path, never from the
 * system. They cover Latin-1 and beyond (é à ç œ € « »), and are embedded as subsets with the
 * Identity-H encoding, so every character prints on any reader and extracts back as itself.
 *
 * <p>The fonts are parsed once and shared: OpenPDF keeps the glyphs each document uses per writer,
 * so documents rendered at the same time do not interfere.
 */
final class Typefaces {

  private static final String FOLDER = "liberation/";

  private Typefaces() {}

  /** Liberation Sans, for running text. */
  static BaseFont regular() {
    return Loaded.REGULAR;
  }

  /** Liberation Sans Bold, for titles, headings and totals. */
  static BaseFont bold() {
    return Loaded.BOLD;
  }

  /** Liberation Mono, for references and account numbers a person copies character by character. */
  static BaseFont mono() {
    return Loaded.MONO;
  }

  private static BaseFont load(String fileName) {
    try (InputStream in = Typefaces.class.getClassLoader().getResourceAsStream(FOLDER + fileName)) {
      if (in == null) {
        throw new IllegalStateException("Font " + FOLDER + fileName + " is not on the class path");
      }
      byte[] font = in.readAllBytes();
      return BaseFont.createFont(
          fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, font, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Font " + fileName + " cannot be read", e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Font " + fileName + " cannot be parsed", e);
    }
  }

  /** Loads the fonts on first use, once. */
  private static final class Loaded {
    static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    static final BaseFont MONO = load("LiberationMono-Regular.ttf");
  }
}
