package io.recouvra.it;

import static io.recouvra.it.support.FileSamples.ascii;
import static io.recouvra.it.support.FileSamples.concat;
import static io.recouvra.it.support.FileSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.FileSamples;
import io.recouvra.it.support.FileTransfer;
import io.recouvra.it.support.FileTransfer.Answer;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import io.recouvra.it.support.UserError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files through their endpoints: an upload checked by content, then downloaded through a link
 * signed for one user and one file; every hostile upload of issue 3 refused with its code; expired,
 * altered and other users' links refused alike; another creditor's file reported as missing.
 */
@RecouvraIT
class FilesIT {

  private static final String CREATE_LINK =
      "mutation($input: CreateFileLinkInput!) { createFileLink(input: $input) {"
          + " link { url expiresAt } userErrors { field message code } } }";

  /** A name and a line of content that the server logs must never show. */
  private static final String PERSONAL_NAME = "Relevé Jeanne Quenouille-Dupré.pdf";

  private static final String PERSONAL_TEXT = "IBAN FR7630006000019876543210982 Quenouille";

  @RegisterExtension static final CreditorFixture owner = new CreditorFixture();
  @RegisterExtension static final CreditorFixture other = new CreditorFixture();

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private static FileTransfer files;
  private static byte[] statement;
  private static String fileId;

  @BeforeAll
  static void uploadTheOwnersStatement(SuiteServer server) {
    files = new FileTransfer(server.baseUri());
    statement = FileSamples.pdf("", PERSONAL_TEXT);
    Answer uploaded = files.upload(statement, "application/pdf", PERSONAL_NAME, owner.clientApp());
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
    fileId = json(uploaded).getString("id");
  }

  @Test
  void answersAnUploadWithTheFilesDescription() throws Exception {
    Answer uploaded = files.upload(statement, "application/pdf", PERSONAL_NAME, owner.clientApp());
    JsonObject file = json(uploaded);

    assertThat(uploaded.status()).isEqualTo(201);
    String plainId = new String(Base64.getUrlDecoder().decode(file.getString("id")), UTF8);
    assertThat(plainId).startsWith("File:");
    assertThat(file.getString("name")).isEqualTo(PERSONAL_NAME);
    assertThat(file.getString("mediaType")).isEqualTo("application/pdf");
    assertThat(file.getJsonNumber("size").longValue()).isEqualTo(statement.length);
    String sha256 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(statement));
    assertThat(file.getString("sha256")).isEqualTo(sha256);
  }

  @Test
  void downloadsTheSameBytesThroughTheLinkWithSafeHeaders() {
    GraphQlResponse linked = createLink(fileId, owner.clientApp());
    String url = linked.string("createFileLink.link.url");

    Answer download = files.download(url, Identity.anonymous());

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(statement);
    assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition"))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''Relev%C3%A9%20Jeanne%20Quenouille-Dupr%C3%A9.pdf");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Cache-Control")).isEqualTo("no-store");
    assertThat(download.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
    assertThat(linked.string("createFileLink.link.expiresAt")).endsWith("Z");
  }

  @Test
  void refusesAnAnonymousUpload() {
    Answer refused = files.upload(statement, "application/pdf", "a.pdf", Identity.anonymous());

    assertThat(refused.status()).isEqualTo(401);
    assertThat(code(refused)).isEqualTo("UNAUTHENTICATED");
  }

  static Stream<Arguments> hostileUploads() {
    byte[] svgWithScript =
        utf8(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script>"
                + "</svg>");
    byte[] html = utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    return Stream.of(
        Arguments.of(
            "content of another type",
            FileSamples.png(4, 4),
            "application/pdf",
            "scan.pdf",
            415,
            "FILE_TYPE_MISMATCH"),
        Arguments.of("HTML named .png", html, "image/png", "photo.png", 415, "FILE_TYPE_MISMATCH"),
        Arguments.of(
            "an SVG", svgWithScript, "image/svg+xml", "logo.svg", 415, "FILE_TYPE_NOT_ALLOWED"),
        Arguments.of(
            "an SVG with a script, as XML",
            svgWithScript,
            "application/xml",
            "statement.xml",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a PDF with JavaScript",
            FileSamples.pdf("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> ", "x"),
            "application/pdf",
            "invoice.pdf",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a PDF that is also a ZIP",
            concat(FileSamples.pdf("", "x"), FileSamples.zip()),
            "application/pdf",
            "invoice.pdf",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a PDF header after other data",
            concat(ascii("junk\n"), FileSamples.pdf("", "x")),
            "application/pdf",
            "invoice.pdf",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a PNG with data after its end",
            concat(FileSamples.png(4, 4), ascii("<script>")),
            "image/png",
            "photo.png",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a Windows executable named .pdf",
            FileSamples.windowsExecutable(),
            "application/pdf",
            "invoice.pdf",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a Linux executable named .pdf",
            FileSamples.elfExecutable(),
            "application/pdf",
            "invoice.pdf",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a PNG declaring 100000 x 100000 pixels",
            FileSamples.png(100_000, 100_000),
            "image/png",
            "huge.png",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a PDF whose stream inflates to 200 MiB",
            FileSamples.pdfWithFlateBomb(200L << 20),
            "application/pdf",
            "bomb.pdf",
            400,
            "FILE_UNSAFE"),
        Arguments.of(
            "a gzip bomb named .pdf",
            FileSamples.gzippedZeros(100L << 20),
            "application/pdf",
            "bomb.pdf",
            415,
            "FILE_TYPE_MISMATCH"),
        Arguments.of(
            "a file over 10 MiB",
            new byte[10 * 1024 * 1024 + 1],
            "text/plain",
            "big.txt",
            413,
            "FILE_TOO_LARGE"));
  }

  @ParameterizedTest(name = "refuses {0}")
  @MethodSource("hostileUploads")
  void refusesHostileUploads(
      String what, byte[] content, String type, String name, int status, String code) {
    Answer refused = files.upload(content, type, name, owner.clientApp());

    assertThat(refused.status()).as(refused.text()).isEqualTo(status);
    assertThat(code(refused)).isEqualTo(code);
    assertThat(refused.text()).doesNotContain("Exception").doesNotContain("at io.recouvra");
  }

  @Test
  void refusesAnExpiredLink() throws InterruptedException {
    String url = createLink(fileId, owner.clientApp()).string("createFileLink.link.url");
    Thread.sleep(5_500);

    Answer refused = files.download(url, Identity.anonymous());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(code(refused)).isEqualTo("FILE_LINK_EXPIRED");
    assertThat(refused.text()).doesNotContain(PERSONAL_TEXT);
  }

  @Test
  void refusesAlteredLinksAsItRefusesALinkToAMissingFile() {
    String url = createLink(fileId, owner.clientApp()).string("createFileLink.link.url");
    String otherFile = randomFileId();
    List<String> altered =
        List.of(
            url.substring(0, url.length() - 2) + (url.endsWith("A") ? "BB" : "AA"),
            url.replace(fileId, otherFile),
            url.replaceFirst("exp=(\\d+)", "exp=9$1"),
            url.replaceFirst("u=[^&]+", "u=" + UUID.randomUUID()));
    Answer first = files.download(altered.get(0), Identity.anonymous());

    assertThat(first.status()).isEqualTo(403);
    assertThat(code(first)).isEqualTo("FILE_LINK_INVALID");
    for (String link : altered) {
      Answer refused = files.download(link, Identity.anonymous());
      assertThat(refused.status()).as(link).isEqualTo(403);
      assertThat(refused.text()).as(link).isEqualTo(first.text());
    }
  }

  @Test
  void refusesALinkPresentedByAnotherUser() {
    String url = createLink(fileId, owner.clientApp()).string("createFileLink.link.url");

    Answer refused = files.download(url, owner.creditController());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(code(refused)).isEqualTo("FILE_LINK_INVALID");
    assertThat(files.download(url, owner.clientApp()).status()).isEqualTo(200);
  }

  @Test
  void reportsAnotherCreditorsFileExactlyAsAMissingOne() {
    List<UserError> foreign = createLink(fileId, other.clientApp()).userErrors("createFileLink");
    List<UserError> missing =
        createLink(randomFileId(), other.clientApp()).userErrors("createFileLink");

    assertThat(foreign).extracting(UserError::code).containsExactly("NOT_FOUND");
    assertThat(foreign).isEqualTo(missing);
    assertThat(createLink(fileId, other.clientApp()).isNull("createFileLink.link")).isTrue();
  }

  @Test
  void keepsFileNamesAndContentOutOfTheServerLogs() {
    String logs = FileTransfer.serverLogs();

    assertThat(logs).contains("kept (");
    assertThat(logs)
        .doesNotContain("Quenouille")
        .doesNotContain("Jeanne")
        .doesNotContain("FR7630006000019876543210982");
  }

  private static GraphQlResponse createLink(String id, Identity who) {
    return owner.api().graphql(CREATE_LINK, Map.of("input", Map.of("fileId", id)), who);
  }

  private static String randomFileId() {
    String plain = "File:" + UUID.randomUUID();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(UTF8));
  }

  private static JsonObject json(Answer answer) {
    return Json.createReader(new StringReader(answer.text())).readObject();
  }

  private static String code(Answer answer) {
    return json(answer)
        .getJsonArray("errors")
        .getJsonObject(0)
        .getJsonObject("extensions")
        .getString("code");
  }
}
