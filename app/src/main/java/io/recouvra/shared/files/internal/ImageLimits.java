package io.recouvra.shared.files.internal;

/** How large an image may say it is: decoding a larger one could exhaust a server or a viewer. */
final class ImageLimits {

  /** The most pixels an accepted image may declare (50 megapixels). */
  static final long MAX_PIXELS = 50_000_000L;

  private ImageLimits() {}

  /**
   * Refuses empty dimensions and images of more than {@link #MAX_PIXELS} pixels.
   *
   * @throws RefusedContent when the size is refused
   */
  static void check(long width, long height) {
    if (width == 0 || height == 0) {
      throw RefusedContent.mismatch("The image declares no pixels");
    }
    if (width * height > MAX_PIXELS) {
      throw RefusedContent.unsafe(
          "The image declares "
              + width
              + " x "
              + height
              + " pixels; the limit is "
              + MAX_PIXELS
              + " (a decompression bomb)");
    }
  }
}
