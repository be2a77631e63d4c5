package io.recouvra.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The assembled server "recouvra", started once for the whole suite on the suite's own ports and
 * output folder, from an empty database. Settings come from system properties set by Failsafe. A
 * test may also start peers: more instances of the same server with their own ports and output
 * folders, on the same PostgreSQL database (or their own Derby one), which it may kill and restart.
 */
public final class SuiteServer implements AutoCloseable {

  private static final String SERVER_NAME = "recouvra";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
  private static final int LOG_TAIL_LINES = 60;

  /**
   * One download-link secret for every server of this run, as servers behind one balancer share.
   */
  private static final String LINK_SECRET = randomSecret();

  private final Path wlpDir;
  private final Path outputDir;
  private final int httpPort;
  private final int httpsPort;
  private final SuiteDatabase database;
  private final Map<String, String> extraEnvironment;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile boolean launched;
  private boolean started;
  private RuntimeException startupFailure;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private SuiteServer(
      Path wlpDir,
      Path outputDir,
      int httpPort,
      int httpsPort,
      SuiteDatabase database,
      Map<String, String> extraEnvironment) {
    this.wlpDir = wlpDir;
    this.outputDir = outputDir;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
    this.database = database;
    this.extraEnvironment = Map.copyOf(extraEnvironment);
  }

  /** Reads the settings Failsafe passes (see it/pom.xml). */
  static SuiteServer fromSystemProperties() {
    return new SuiteServer(
        Path.of(required("recouvra.it.wlp.dir")).normalize(),
        Path.of(required("recouvra.it.server.output.dir")).normalize(),
        Integer.parseInt(required("recouvra.it.http.port")),
        Integer.parseInt(required("recouvra.it.https.port")),
        SuiteDatabase.fromSystemProperties(),
        Map.of());
  }

  /**
   * Another instance of the server beside this one, not started: output folder {@code name} next to
   * this one's, the given ports, this one's database settings, and {@code environment} added to the
   * suite's (e.g. job runner settings).
   */
  public SuiteServer peer(
      String name, int peerHttpPort, int peerHttpsPort, Map<String, String> environment) {
    return new SuiteServer(
        wlpDir, outputDir.resolveSibling(name), peerHttpPort, peerHttpsPort, database, environment);
  }

  /**
   * A server beside this one that loads the demo data at start ({@code recouvra.demo.data}), on a
   * database of its own (its own Derby folder, or PostgreSQL database {@code <suite's>_demo}), so
   * the demo creditors never mix with the suite's, with {@code environment} added to the suite's;
   * not started: {@link #startFresh()} it.
   */
  public SuiteServer demoPeer(
      String name, int peerHttpPort, int peerHttpsPort, Map<String, String> environment) {
    Map<String, String> demo = new HashMap<>(environment);
    demo.put("RECOUVRA_DEMO_DATA", "true");
    return new SuiteServer(
        wlpDir,
        outputDir.resolveSibling(name),
        peerHttpPort,
        peerHttpsPort,
        database.named(database.database() + "_demo"),
        demo);
  }

  /** Starts this server from an empty data folder and database, as the suite server starts. */
  public void startFresh() {
    start();
  }

  /** The HTTPS port of this server. */
  public int httpsPort() {
    return httpsPort;
  }

  /** The database of this run. */
  public SuiteDatabase database() {
    return database;
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
    deleteFolder(outputDir.resolve(SERVER_NAME + "/logs"));
    database.makeEmpty();
    launch();
  }

  /**
   * Starts this peer from an empty data folder (its own Derby database, or the run's PostgreSQL
   * database as it is) and waits until it is ready.
   */
  public void startPeer() {
    requireInstalledServer();
    stopLeftoverFromEarlierRun();
    deleteDataFolder();
    launch();
  }

  /** Starts the server again over its existing data, e.g. after {@link #kill()}. */
  public void restart() {
    stopped.set(false);
    launch();
  }

  /**
   * Kills the server's JVM at once (SIGKILL), as a crash or a pulled plug would: no shutdown work,
   * no transaction finished; waits until the process is gone.
   */
  public void kill() {
    Path pidFile = outputDir.resolve(".pid/" + SERVER_NAME + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle process =
          ProcessHandle.of(pid)
              .orElseThrow(() -> new IllegalStateException("No process " + pid + " to kill"));
      process.destroyForcibly();
      process.onExit().get(30, TimeUnit.SECONDS);
      Files.deleteIfExists(pidFile);
      stopped.set(true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the server's process id in " + pidFile, e);
    } catch (Exception e) {
      throw new IllegalStateException("Could not kill the server of " + outputDir, e);
    }
  }

  private void launch() {
    launched = true;
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-suite-server"));
    int exit = runServerCommand("start", "--clean");
    if (exit != 0 || !becomesReady()) {
      String tail = LocalServers.tail(messagesLog(), LOG_TAIL_LINES);
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
    if (!LocalServers.portAnswers(httpPort)) {
      return;
    }
    System.err.println("[it] port " + httpPort + " answers: stopping a leftover suite server");
    runServerCommand("stop");
    if (LocalServers.portAnswers(httpPort)) {
      throw new IllegalStateException(
          "Port "
              + httpPort
              + " is taken by a process that `server stop` with WLP_OUTPUT_DIR="
              + outputDir
              + " could not stop; stop it by hand.");
    }
  }

  private void deleteDataFolder() {
    deleteFolder(dataDir());
  }

  /** Deletes a folder of an earlier run (data, or logs that the log checks would read). */
  private static void deleteFolder(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot empty the suite's folder " + folder, e);
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
    Map<String, String> environment = new HashMap<>();
    environment.put("WLP_OUTPUT_DIR", outputDir.toString());
    environment.put("HTTP_PORT", Integer.toString(httpPort));
    environment.put("HTTPS_PORT", Integer.toString(httpsPort));
    environment.put("RECOUVRA_DATA_DIR", dataDir().toString());
    // Tokens are verified against the suite's Keycloak, started with this server; onboarding
    // calls its admin API as the demo realm's recouvra-admin.
    environment.put("KEYCLOAK_URL", KeycloakServer.baseUrl());
    environment.put("RECOUVRA_ACCOUNTS_CLIENT_SECRET", "recouvra-admin-secret");
    environment.put("RECOUVRA_FILES_LINK_SECRET", LINK_SECRET);
    // Short, so FilesIT can see a link expire.
    environment.put("RECOUVRA_FILES_LINK_TTL", "PT4S");
    // A quick job runner, so outbox and job tests wait fractions of a second, not minutes.
    environment.put("RECOUVRA_JOBS_POLL_PERIOD", "PT0.2S");
    environment.put("RECOUVRA_JOBS_LEASE", "PT10S");
    environment.put("RECOUVRA_JOBS_RETRY_DELAY", "PT0.5S");
    // The events probe: a handler whose deliveries the tests count (off outside tests).
    environment.put("RECOUVRA_EVENTS_PROBE_ENABLED", "true");
    environment.put("RECOUVRA_JOBS_PROBE_ENABLED", "true");
    environment.put("RECOUVRA_JOBS_PROBE_SCHEDULE", "PT1S");
    environment.put("JVM_ARGS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    environment.putAll(database.serverEnvironment());
    environment.putAll(extraEnvironment);
    return environment;
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

  private static String randomSecret() {
    byte[] bytes = new byte[48];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }
}
