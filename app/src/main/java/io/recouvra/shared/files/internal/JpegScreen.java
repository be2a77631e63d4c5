package io.recouvra.shared.files.internal;

/**
 * Checks that content is one JPEG image and nothing else: its start marker, well-formed segments, a
 * frame of at most {@link ImageLimits#MAX_PIXELS} pixels, and nothing after the end marker (which
 * also refuses the extra images some phones append after it).
 */
final class JpegScreen {

  private static final int MARKER = 0xff;
  private static final int START_OF_IMAGE = 0xd8;
  private static final int END_OF_IMAGE = 0xd9;
  private static final int START_OF_SCAN = 0xda;

  private JpegScreen() {}

  /**
   * Checks a declared JPEG.
   *
   * @throws RefusedContent when it must not be kept
   */
  static void check(byte[] jpeg) {
    if (jpeg.length < 4 || u(jpeg, 0) != MARKER || u(jpeg, 1) != START_OF_IMAGE) {
      throw RefusedContent.mismatch("The content is not a JPEG image");
    }
    int position = 2;
    while (position + 1 < jpeg.length) {
      if (u(jpeg, position) != MARKER) {
        throw RefusedContent.mismatch("The JPEG image is malformed");
      }
      int marker = u(jpeg, position + 1);
      if (marker == MARKER) {
        position++;
      } else if (marker == END_OF_IMAGE) {
        refuseTrailingData(jpeg, position + 2);
        return;
      } else if (isStandalone(marker)) {
        position += 2;
      } else {
        position = afterSegment(jpeg, position, marker);
      }
    }
    throw RefusedContent.mismatch("The JPEG image has no end marker");
  }

  private static int afterSegment(byte[] jpeg, int position, int marker) {
    if (position + 4 > jpeg.length) {
      throw RefusedContent.mismatch("The JPEG image is truncated");
    }
    int length = Bytes.unsignedShort(jpeg, position + 2);
    int end = position + 2 + length;
    if (length < 2 || end > jpeg.length) {
      throw RefusedContent.mismatch("The JPEG image is truncated or malformed");
    }
    if (isFrame(marker) && length >= 7) {
      ImageLimits.check(
          Bytes.unsignedShort(jpeg, position + 7), Bytes.unsignedShort(jpeg, position + 5));
    }
    return marker == START_OF_SCAN ? afterScanData(jpeg, end) : end;
  }

  /** Skips entropy-coded data: up to the next marker that is not a stuffed zero or a restart. */
  private static int afterScanData(byte[] jpeg, int from) {
    for (int i = from; i + 1 < jpeg.length; i++) {
      if (u(jpeg, i) == MARKER) {
        int next = u(jpeg, i + 1);
        if (next != 0 && next != MARKER && !(next >= 0xd0 && next <= 0xd7)) {
          return i;
        }
      }
    }
    throw RefusedContent.mismatch("The JPEG image has no end marker");
  }

  private static void refuseTrailingData(byte[] jpeg, int end) {
    if (end != jpeg.length) {
      throw RefusedContent.unsafe("Data follows the end of the JPEG image (a polyglot file)");
    }
  }

  private static boolean isStandalone(int marker) {
    return marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7) || marker == START_OF_IMAGE;
  }

  /** Start-of-frame markers: C0 to CF except DHT (C4), JPG (C8) and DAC (CC). */
  private static boolean isFrame(int marker) {
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
  }

  private static int u(byte[] bytes, int index) {
    return bytes[index] & 0xff;
  }
}
