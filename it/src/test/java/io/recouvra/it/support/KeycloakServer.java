package io.recouvra.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The suite's Keycloak: the distribution from Maven Central, cached outside the source tree, run
 * once per suite run on the suite's own ports (8280, management 9290) with an in-memory database
 * and the demo realm imported, so every run starts from the realm file. The suite unpacks its own
 * copy of the distribution beside the demo's: the database kind is a build option of Keycloak, and
 * sharing one copy with the demo would rebuild it (about 40 s) at each switch, or both at once.
 */
public final class KeycloakServer implements AutoCloseable {

  static final String VERSION = "26.7.3";
  private static final String ARTIFACT =
      "org.keycloak:keycloak-quarkus-dist:" + VERSION + ":tar.gz";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(400);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);
  private static final int LOG_TAIL_LINES = 40;

  private final Path cache;
  private final Path home;
  private final Path realmFile;
  private final Path workDir;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private boolean started;
  private RuntimeException startupFailure;
  private Duration startTime = Duration.ZERO;

  private KeycloakServer(Path cache, Path realmFile, Path workDir) {
    this.cache = cache;
    this.home = cache.resolve("keycloak-" + VERSION + "-suite");
    this.realmFile = realmFile;
    this.workDir = workDir;
  }

  /** Reads the settings Failsafe may pass; the defaults fit a run from the it module. */
  static KeycloakServer fromSystemProperties() {
    String defaultCache =
        System.getenv()
            .getOrDefault(
                "RECOUVRA_CACHE",
                Path.of(System.getProperty("user.home"), ".cache/recouvra").toString());
    return new KeycloakServer(
        Path.of(System.getProperty("recouvra.it.keycloak.cache", defaultCache)),
        Path.of(
                System.getProperty(
                    "recouvra.it.keycloak.realm",
                    "../liberty-config/src/main/keycloak/realm-demo.json"))
            .toAbsolutePath()
            .normalize(),
        Path.of(System.getProperty("recouvra.it.keycloak.work.dir", "target/keycloak"))
            .toAbsolutePath()
            .normalize());
  }

  /** The HTTP port of the suite's Keycloak. */
  static int port() {
    return Integer.getInteger("recouvra.it.keycloak.port", 8280);
  }

  static int managementPort() {
    return Integer.getInteger("recouvra.it.keycloak.management.port", 9290);
  }

  /** Keycloak's root, e.g. {@code http://localhost:8280}: what the suite server gets as URL. */
  public static String baseUrl() {
    return "http://localhost:" + port();
  }

  /** The realm's URL, which is also the issuer of its tokens. */
  public static String realmUrl() {
    return baseUrl() + "/realms/recouvra";
  }

  /** The realm file imported at start, which also holds the realm's fixed signing key. */
  public Path realmFile() {
    return realmFile;
  }

  /** How long the start took, until ready. */
  public Duration startTime() {
    return startTime;
  }

  /**
   * Starts Keycloak on first call and waits until it is ready; later calls return at once, or fail
   * at once with the first failure.
   */
  synchronized void ensureStarted() {
    if (startupFailure != null) {
      throw new IllegalStateException(
          "The suite's Keycloak failed to start earlier", startupFailure);
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
    long begin = System.nanoTime();
    stopLeftoverFromEarlierRun();
    unpackIfMissing();
    copyRealm();
    launch();
    if (!becomesReady()) {
      String tail = LocalServers.tail(log(), LOG_TAIL_LINES);
      close();
      throw new IllegalStateException(
          "Keycloak did not become ready within "
              + READY_TIMEOUT.toSeconds()
              + " s; last lines of "
              + log()
              + ":\n"
              + tail);
    }
    startTime = Duration.ofNanos(System.nanoTime() - begin);
    System.err.printf("[it] Keycloak ready on %s in %d s%n", baseUrl(), startTime.toSeconds());
  }

  /**
   * Downloads the distribution with Maven when the cache lacks it, then unpacks the suite's copy.
   */
  private void unpackIfMissing() {
    if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
      return;
    }
    Path archive = cache.resolve("keycloak-quarkus-dist-" + VERSION + ".tar.gz");
    if (!Files.isRegularFile(archive)) {
      run(
          List.of(
              "mvn",
              "-B",
              "-q",
              "dependency:copy",
              "-Dartifact=" + ARTIFACT,
              "-DoutputDirectory=" + cache),
          "download Keycloak");
    }
    Path unpacking = cache.resolve("unpacking-suite-" + ProcessHandle.current().pid());
    run(List.of("mkdir", "-p", unpacking.toString()), "prepare " + unpacking);
    run(List.of("tar", "xzf", archive.toString(), "-C", unpacking.toString()), "unpack Keycloak");
    try {
      Files.move(unpacking.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
      Files.delete(unpacking);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move the unpacked Keycloak to " + home, e);
    }
  }

  private void copyRealm() {
    try {
      Path importDir = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          realmFile, importDir.resolve("recouvra-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the realm " + realmFile + " into " + home, e);
    }
  }

  private void launch() {
    List<String> command =
        List.of(
            "setsid",
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port=" + port(),
            "--http-management-port=" + managementPort(),
            "--hostname=" + baseUrl(),
            "--import-realm",
            "--health-enabled=true",
            "--db=dev-mem");
    try {
      Files.createDirectories(workDir);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.to(log().toFile()));
      builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      process = builder.start();
      Files.writeString(pidFile(), Long.toString(process.pid()));
      Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-suite-keycloak"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
  }

  /** Stops Keycloak with SIGTERM to its recorded process; called once when the suite has run. */
  @Override
  public void close() {
    if (process == null || !stopped.compareAndSet(false, true)) {
      return;
    }
    terminate(process.toHandle());
    try {
      Files.deleteIfExists(pidFile());
    } catch (IOException e) {
      System.err.println("[it] cannot delete " + pidFile() + ": " + e.getMessage());
    }
  }

  private static void terminate(ProcessHandle handle) {
    handle.destroy();
    try {
      handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      handle.destroyForcibly();
    }
  }

  /** A Keycloak left by a killed run still holds the ports: stop it by its recorded id. */
  private void stopLeftoverFromEarlierRun() {
    if (!LocalServers.portAnswers(port()) && !LocalServers.portAnswers(managementPort())) {
      return;
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile()).strip());
      System.err.println("[it] port " + port() + " answers: stopping the leftover Keycloak " + pid);
      ProcessHandle.of(pid).ifPresent(KeycloakServer::terminate);
    } catch (IOException | NumberFormatException e) {
      throw new IllegalStateException(
          "Port " + port() + " or " + managementPort() + " is taken, not by a recorded Keycloak");
    }
    if (LocalServers.portAnswers(port())) {
      throw new IllegalStateException("Port " + port() + " is still taken: stop it by hand");
    }
  }

  private boolean becomesReady() {
    URI ready = URI.create("http://localhost:" + managementPort() + "/health/ready");
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (answers200(ready)) {
        return true;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private boolean answers200(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void run(List<String> command, String what) {
    try {
      Process step = new ProcessBuilder(command).inheritIO().start();
      if (!step.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || step.exitValue() != 0) {
        step.destroyForcibly();
        throw new IllegalStateException("Could not " + what + ": " + String.join(" ", command));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + what, e);
    }
  }

  private Path log() {
    return workDir.resolve("keycloak.log");
  }

  private Path pidFile() {
    return workDir.resolve("keycloak.pid");
  }
}
