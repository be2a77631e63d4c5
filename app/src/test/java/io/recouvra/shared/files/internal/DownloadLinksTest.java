package io.recouvra.shared.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.recouvra.shared.files.FileId;
import io.recouvra.shared.files.FileLink;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DownloadLinksTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final String SUBJECT = "f3b0c2a4-1c1e-4a55-9d7e-2f1f0f1e9a10";

  private DownloadLinks links;
  private final FileId file = new FileId(UUID.fromString("7d4c1a52-3b0e-4d2a-8a57-0e6f3c2b1a99"));

  @BeforeEach
  void setUp() {
    links = linksAt(NOW, Optional.of("a-secret-of-at-least-thirty-two-characters"));
  }

  private static DownloadLinks linksAt(Instant now, Optional<String> secret) {
    DownloadLinks built = new DownloadLinks();
    built.configuredSecret = secret;
    built.ttl = Duration.ofMinutes(5);
    built.clock = Clock.fixed(now, ZoneOffset.UTC);
    built.chooseSecret();
    return built;
  }

  private record Presented(String id, String subject, String expires, String signature) {}

  private static Presented parse(FileLink link) {
    URI uri = URI.create(link.url());
    String path = uri.getPath();
    assertThat(path).startsWith("/api/files/").endsWith("/content");
    String id = path.substring("/api/files/".length(), path.length() - "/content".length());
    Map<String, String> query = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return new Presented(id, query.get("u"), query.get("exp"), query.get("sig"));
  }

  private LinkVerdict check(DownloadLinks by, Presented link, Optional<String> requester) {
    return by.check(link.id(), link.subject(), link.expires(), link.signature(), requester);
  }

  @Test
  void aFreshLinkIsValidForItsUserAndFileAndExpiresAfterTheTtl() {
    FileLink link = links.issue(file, SUBJECT);
    Presented presented = parse(link);

    assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(presented.id()).isEqualTo(file.toGlobalId().encode());
    assertThat(presented.subject()).isEqualTo(SUBJECT);
    assertThat(check(links, presented, Optional.empty())).isEqualTo(LinkVerdict.VALID);
    assertThat(check(links, presented, Optional.of(SUBJECT))).isEqualTo(LinkVerdict.VALID);
  }

  @Test
  void aLinkIsExpiredFromItsExpiryOn() {
    Presented presented = parse(links.issue(file, SUBJECT));
    DownloadLinks justBefore = linksAt(NOW.plusSeconds(299), Optional.of(secret()));
    DownloadLinks atExpiry = linksAt(NOW.plusSeconds(300), Optional.of(secret()));

    assertThat(check(justBefore, presented, Optional.empty())).isEqualTo(LinkVerdict.VALID);
    assertThat(check(atExpiry, presented, Optional.empty())).isEqualTo(LinkVerdict.EXPIRED);
  }

  @Test
  void anAlteredSignatureIdSubjectOrExpiryIsInvalid() {
    Presented p = parse(links.issue(file, SUBJECT));
    String otherId = FileId.random().toGlobalId().encode();
    char first = p.signature().charAt(0);
    String flipped = (first == 'A' ? 'B' : 'A') + p.signature().substring(1);
    long later = Long.parseLong(p.expires()) + 3600;

    assertThat(check(links, new Presented(p.id(), p.subject(), p.expires(), flipped), none()))
        .isEqualTo(LinkVerdict.INVALID);
    assertThat(
            check(links, new Presented(otherId, p.subject(), p.expires(), p.signature()), none()))
        .isEqualTo(LinkVerdict.INVALID);
    assertThat(
            check(links, new Presented(p.id(), "someone-else", p.expires(), p.signature()), none()))
        .isEqualTo(LinkVerdict.INVALID);
    assertThat(check(links, new Presented(p.id(), p.subject(), "" + later, p.signature()), none()))
        .isEqualTo(LinkVerdict.INVALID);
    assertThat(check(links, new Presented(p.id(), p.subject(), "soon", p.signature()), none()))
        .isEqualTo(LinkVerdict.INVALID);
    assertThat(check(links, new Presented(p.id(), p.subject(), p.expires(), "%%%"), none()))
        .isEqualTo(LinkVerdict.INVALID);
    assertThat(check(links, new Presented(p.id(), p.subject(), null, p.signature()), none()))
        .isEqualTo(LinkVerdict.INVALID);
  }

  @Test
  void anExpiredAlteredLinkIsInvalidNotExpired() {
    Presented p = parse(links.issue(file, SUBJECT));
    DownloadLinks later = linksAt(NOW.plusSeconds(3600), Optional.of(secret()));
    String truncated = p.signature().substring(0, p.signature().length() - 2);
    assertThat(check(later, new Presented(p.id(), p.subject(), p.expires(), truncated), none()))
        .isEqualTo(LinkVerdict.INVALID);
  }

  @Test
  void anotherUserPresentingTheLinkIsRefused() {
    Presented presented = parse(links.issue(file, SUBJECT));
    assertThat(check(links, presented, Optional.of("demo:credit-controller")))
        .isEqualTo(LinkVerdict.INVALID);
  }

  @Test
  void aLinkSignedWithAnotherSecretIsInvalid() {
    Presented presented = parse(links.issue(file, SUBJECT));
    DownloadLinks otherServer =
        linksAt(NOW, Optional.of("another-secret-of-at-least-thirty-two-chars"));
    assertThat(check(otherServer, presented, none())).isEqualTo(LinkVerdict.INVALID);
  }

  @Test
  void withoutASecretOfThirtyTwoCharactersTheStartFails() {
    assertThatThrownBy(() -> linksAt(NOW, Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RECOUVRA_FILES_LINK_SECRET");
    assertThatThrownBy(() -> linksAt(NOW, Optional.of(" ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RECOUVRA_FILES_LINK_SECRET");
    assertThatThrownBy(() -> linksAt(NOW, Optional.of("too-short")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 32");
  }

  @Test
  void signaturesAreComparedInConstantTime() {
    JavaClass signer = new ClassFileImporter().importClass(LinkSigner.class);
    Set<String> calls =
        signer.getMethodCallsFromSelf().stream()
            .map(JavaMethodCall::getTarget)
            .map(t -> t.getOwner().getName() + "." + t.getName())
            .collect(Collectors.toSet());

    assertThat(calls).contains("java.security.MessageDigest.isEqual");
    assertThat(calls)
        .doesNotContain(
            "java.util.Arrays.equals", "java.lang.String.equals", "java.lang.Object.equals");
  }

  private static String secret() {
    return "a-secret-of-at-least-thirty-two-characters";
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
