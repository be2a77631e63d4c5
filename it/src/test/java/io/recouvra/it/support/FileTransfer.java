package io.recouvra.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Uploads and downloads files through the server's file endpoints, as a client would: raw bodies,
 * the demo identity headers, and answers with their headers and bytes.
 */
public final class FileTransfer {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI baseUri;

  public FileTransfer(URI baseUri) {
    this.baseUri = baseUri;
  }

  /** One answer: status, headers and raw body. */
  public record Answer(int status, HttpHeaders headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse("");
    }
  }

  /** {@code POST /api/files} with the content as body, its type and its name. */
  public Answer upload(byte[] content, String mediaType, String name, Identity who) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUri.resolve("api/files"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", mediaType)
            .header("X-File-Name", percentEncoded(name))
            .POST(HttpRequest.BodyPublishers.ofByteArray(content));
    return send(identified(request, who));
  }

  /** GETs a link as handed out by createFileLink (a path from the server's root). */
  public Answer download(String link, Identity who) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUri.resolve(link.startsWith("/") ? link.substring(1) : link))
            .timeout(Duration.ofSeconds(30))
            .GET();
    return send(identified(request, who));
  }

  /** The text of every log file of the suite server, to look for what must never be logged. */
  public static String serverLogs() {
    Path logs = Path.of(System.getProperty("recouvra.it.server.output.dir"), "recouvra", "logs");
    try (Stream<Path> files = Files.walk(logs)) {
      StringBuilder text = new StringBuilder();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the server logs in " + logs, e);
    }
  }

  /** UTF-8 percent-encoding (a space is %20: the server reads + as a plus sign). */
  private static String percentEncoded(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static HttpRequest.Builder identified(HttpRequest.Builder request, Identity who) {
    SuiteIdentities.bearerFor(who)
        .ifPresent(token -> request.header("Authorization", "Bearer " + token));
    return request;
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the server", e);
    }
  }
}
