package io.recouvra.shared.files;

import java.time.Instant;

/**
 * A download link signed for one user and one file. It authorises the download on its own (no
 * bearer token), until it expires.
 *
 * @param url the path of the link from the server's root, e.g. {@code
 *     /api/files/RmlsZT.../content?u=...&exp=...&sig=...}
 * @param expiresAt the first instant at which the link is refused
 */
public record FileLink(String url, Instant expiresAt) {}
