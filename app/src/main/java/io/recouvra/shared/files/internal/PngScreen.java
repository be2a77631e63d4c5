package io.recouvra.shared.files.internal;

import java.util.zip.CRC32;

/**
 * Checks that content is one PNG image and nothing else: its signature, well-formed chunks with
 * correct checksums, a header first that declares at most {@link ImageLimits#MAX_PIXELS} pixels,
 * and nothing after the end chunk.
 */
final class PngScreen {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int CHUNK_OVERHEAD = 12;
  private static final int HEADER_LENGTH = 13;

  private PngScreen() {}

  /**
   * Checks a declared PNG.
   *
   * @throws RefusedContent when it must not be kept
   */
  static void check(byte[] png) {
    if (!Bytes.startsWith(png, SIGNATURE)) {
      throw RefusedContent.mismatch("The content is not a PNG image");
    }
    int position = SIGNATURE.length;
    boolean first = true;
    while (position + CHUNK_OVERHEAD <= png.length) {
      long length = Bytes.unsignedInt(png, position);
      String type = new String(png, position + 4, 4, Bytes.LATIN_1);
      if (length > png.length - position - CHUNK_OVERHEAD) {
        throw RefusedContent.mismatch("The PNG image is truncated or malformed");
      }
      checkCrc(png, position, (int) length);
      if (first) {
        checkHeader(png, position, type, (int) length);
        first = false;
      }
      position += CHUNK_OVERHEAD + (int) length;
      if (type.equals("IEND")) {
        if (position != png.length) {
          throw RefusedContent.unsafe("Data follows the end of the PNG image (a polyglot file)");
        }
        return;
      }
    }
    throw RefusedContent.mismatch("The PNG image has no end chunk");
  }

  private static void checkCrc(byte[] png, int chunk, int length) {
    CRC32 crc = new CRC32();
    crc.update(png, chunk + 4, length + 4);
    if (crc.getValue() != Bytes.unsignedInt(png, chunk + 8 + length)) {
      throw RefusedContent.mismatch("The PNG image is corrupt (a chunk checksum is wrong)");
    }
  }

  private static void checkHeader(byte[] png, int chunk, String type, int length) {
    if (!type.equals("IHDR") || length != HEADER_LENGTH) {
      throw RefusedContent.mismatch("The PNG image does not start with its header");
    }
    long width = Bytes.unsignedInt(png, chunk + 8);
    long height = Bytes.unsignedInt(png, chunk + 12);
    ImageLimits.check(width, height);
  }
}
