package io.recouvra.shared.files.internal;

import io.recouvra.shared.files.FileId;
import io.recouvra.shared.files.FileLink;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and checks download links, each signed for one user and one file and valid for {@code
 * recouvra.files.link-ttl} (five minutes by default).
 *
 * <p>The key is {@code recouvra.files.link-secret} (environment: {@code
 * RECOUVRA_FILES_LINK_SECRET}), at least {@value #MIN_SECRET_LENGTH} characters. Every server
 * behind one load balancer must have the same secret, or a link issued by one server is refused by
 * the others; changing it invalidates the links handed out. Without it the application refuses to
 * start; the launcher and the test suite draw a random one for each start.
 */
@ApplicationScoped
public class DownloadLinks {
  static final int MIN_SECRET_LENGTH = 32;

  private static final Duration LONGEST_TTL = Duration.ofDays(1);

  @Inject
  @ConfigProperty(name = "recouvra.files.link-secret")
  Optional<String> configuredSecret;

  @Inject
  @ConfigProperty(name = "recouvra.files.link-ttl", defaultValue = "PT5M")
  Duration ttl;

  @Inject Clock clock;

  private LinkSigner signer;

  @PostConstruct
  void chooseSecret() {
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(LONGEST_TTL) > 0) {
      throw new IllegalStateException("recouvra.files.link-ttl must be between PT1S and P1D");
    }
    Optional<String> secret = configuredSecret.map(String::strip).filter(s -> !s.isEmpty());
    if (secret.isPresent()) {
      signer = new LinkSigner(checked(secret.get()).getBytes(StandardCharsets.UTF_8));
    } else {
      throw new IllegalStateException(
          "recouvra.files.link-secret (environment RECOUVRA_FILES_LINK_SECRET) is required: give"
              + " every server the same secret of at least "
              + MIN_SECRET_LENGTH
              + " characters, e.g. the output of `openssl rand -base64 48`");
    }
  }

  /** Creates this bean, and so checks the secret, as soon as the application starts. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    // Delivering the event has created the bean; a missing secret has stopped the start.
  }

  /** A link to {@code file} for the user {@code subject}, valid for the configured time. */
  public FileLink issue(FileId file, String subject) {
    long seconds = clock.instant().plus(ttl).getEpochSecond();
    String id = file.toGlobalId().encode();
    String url =
        "/api/files/"
            + id
            + "/content?u="
            + URLEncoder.encode(subject, StandardCharsets.UTF_8)
            + "&exp="
            + seconds
            + "&sig="
            + signer.sign(id, subject, seconds);
    return new FileLink(url, Instant.ofEpochSecond(seconds));
  }

  /**
   * Checks a presented link: its signature first (in constant time), then its expiry, then that the
   * requester, when the request carries an identity, is the user the link was signed for.
   */
  public LinkVerdict check(
      String fileId, String subject, String expires, String signature, Optional<String> requester) {
    if (fileId == null || subject == null || expires == null || signature == null) {
      return LinkVerdict.INVALID;
    }
    long seconds;
    try {
      seconds = Long.parseLong(expires);
    } catch (NumberFormatException e) {
      return LinkVerdict.INVALID;
    }
    if (!signer.verify(fileId, subject, seconds, signature)) {
      return LinkVerdict.INVALID;
    }
    if (requester.isPresent() && !requester.get().equals(subject)) {
      return LinkVerdict.INVALID;
    }
    return clock.instant().getEpochSecond() < seconds ? LinkVerdict.VALID : LinkVerdict.EXPIRED;
  }

  private static String checked(String secret) {
    if (secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalStateException(
          "recouvra.files.link-secret must have at least " + MIN_SECRET_LENGTH + " characters");
    }
    return secret;
  }
}
