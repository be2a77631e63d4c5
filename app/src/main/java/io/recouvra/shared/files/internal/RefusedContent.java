package io.recouvra.shared.files.internal;

import io.recouvra.shared.error.ErrorCode;

/**
 * Thrown by the content checks when a file must not be kept. The message is for the sender and
 * never repeats the file's name or content.
 */
public class RefusedContent extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  RefusedContent(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  static RefusedContent mismatch(String message) {
    return new RefusedContent(ErrorCode.FILE_TYPE_MISMATCH, message);
  }

  static RefusedContent unsafe(String message) {
    return new RefusedContent(ErrorCode.FILE_UNSAFE, message);
  }

  /** The stable code of the refusal. */
  public ErrorCode code() {
    return code;
  }
}
