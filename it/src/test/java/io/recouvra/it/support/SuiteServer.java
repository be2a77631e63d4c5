package io.recouvra.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The assembled server "recouvra", started once for the whole suite on the suite's own ports and
 * output folder, from an empty database. Settings come from system properties set by Failsafe.
 */
public final class SuiteServer implements AutoCloseable {

  private static final String SERVER_NAME = "recouvra";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
  private static final int LOG_TAIL_LINES = 60;

  private final Path wlpDir;
  private final Path outputDir;
  private final int httpPort;
  private final int httpsPort;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile boolean launched;
  private boolean started;
  private RuntimeException startupFailure;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private SuiteServer(Path wlpDir, Path outputDir, int httpPort, int httpsPort) {
    this.wlpDir = wlpDir;
    this.outputDir = outputDir;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
  }

  /** Reads the settings Failsafe passes (see it/pom.xml). */
  static SuiteServer fromSystemProperties() {
    return new SuiteServer(
        Path.of(required("recouvra.it.wlp.dir")).normalize(),
        Path.of(required("recouvra.it.server.output.dir")).normalize(),
        Integer.parseInt(required("recouvra.it.http.port")),
        Integer.parseInt(required("recouvra.it.https.port")));
  }

  /** The root of the server over plain HTTP, e.g. {@code http://localhost:9180/}. */
  public URI baseUri() {
    return URI.create("http://localhost:" + httpPort + "/");
  }

  /**
   * Starts the server from an empty data folder on first call and waits until it reports ready;
   * later calls return at once, or fail at once with the first failure.
   */
  synchronized void ensureStarted() {
    if (startupFailure != null) {
      throw new IllegalStateException("The suite server failed to start earlier", startupFailure);
    }
    if (!started) {
      try {
        start();
        started = true;
      } catch (RuntimeException e) {
        startupFailure = e;
        throw e;
      }
    }
  }

  private void start() {
    requireInstalledServer();
    stopLeftoverFromEarlierRun();
    deleteDataFolder();
    launched = true;
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-suite-server"));
    int exit = runServerCommand("start", "--clean");
    if (exit != 0 || !becomesReady()) {
      String tail = tailOfMessagesLog();
      close();
      throw new IllegalStateException(
          "The server did not start, or not become ready within "
              + READY_TIMEOUT.toSeconds()
              + " s (server start exit code "
              + exit
              + "). Last lines of "
              + messagesLog()
              + ":\n"
              + tail);
    }
  }

  /** Stops the server; called once when the whole suite has run. */
  @Override
  public void close() {
    if (launched && stopped.compareAndSet(false, true)) {
      runServerCommand("stop");
    }
  }

  private void requireInstalledServer() {
    Path serverXml = wlpDir.resolve("usr/servers/" + SERVER_NAME + "/server.xml");
    if (!Files.isRegularFile(serverXml)) {
      throw new IllegalStateException(
          "No assembled server at "
              + serverXml
              + ": build it first with `mvn -B package -pl liberty-config -am`.");
    }
  }

  private void stopLeftoverFromEarlierRun() {
    if (!portAnswers(httpPort)) {
      return;
    }
    System.err.println("[it] port " + httpPort + " answers: stopping a leftover suite server");
    runServerCommand("stop");
    if (portAnswers(httpPort)) {
      throw new IllegalStateException(
          "Port "
              + httpPort
              + " is taken by a process that `server stop` with WLP_OUTPUT_DIR="
              + outputDir
              + " could not stop; stop it by hand.");
    }
  }

  private void deleteDataFolder() {
    Path data = dataDir();
    if (!Files.exists(data)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(data)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot empty the suite's data folder " + data, e);
    }
  }

  private int runServerCommand(String... arguments) {
    List<String> command =
        Stream.concat(
                Stream.of(wlpDir.resolve("bin/server").toString(), arguments[0], SERVER_NAME),
                Stream.of(arguments).skip(1))
            .toList();
    try {
      Files.createDirectories(outputDir);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(
          ProcessBuilder.Redirect.appendTo(outputDir.resolve("server-commands.log").toFile()));
      builder.environment().putAll(environment());
      Process process = builder.start();
      if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private Map<String, String> environment() {
    return Map.of(
        "WLP_OUTPUT_DIR", outputDir.toString(),
        "HTTP_PORT", Integer.toString(httpPort),
        "HTTPS_PORT", Integer.toString(httpsPort),
        "RECOUVRA_DATA_DIR", dataDir().toString(),
        "RECOUVRA_IDENTITY_DEMO_HEADERS", "true",
        "RECOUVRA_FILES_LINK_TTL", "PT4S", // short, so FilesIT can see a link expire
        "JVM_ARGS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
  }

  private boolean becomesReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (isReady()) {
        return true;
      }
      try {
        Thread.sleep(POLL_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private boolean isReady() {
    HttpRequest request =
        HttpRequest.newBuilder(baseUri().resolve("health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean portAnswers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String tailOfMessagesLog() {
    try {
      List<String> lines = Files.readAllLines(messagesLog());
      return String.join(
          "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(no messages.log: " + e.getMessage() + ")";
    }
  }

  private Path messagesLog() {
    return outputDir.resolve(SERVER_NAME + "/logs/messages.log");
  }

  private Path dataDir() {
    return outputDir.resolve("data");
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set: run the suite with `mvn verify -pl it`.");
    }
    return value;
  }
}
