package io.recouvra.shared.files.internal;

/** What a download link's check found. */
public enum LinkVerdict {
  /** Signed by Recouvra for this file and this user, and not expired. */
  VALID,
  /** Signed by Recouvra, unaltered, but past its expiry. */
  EXPIRED,
  /** Altered, forged, malformed, or presented by another user. */
  INVALID
}
