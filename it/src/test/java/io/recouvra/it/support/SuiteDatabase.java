package io.recouvra.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The database the suite's servers use: embedded Derby in each server's data folder (the default),
 * or one PostgreSQL database shared by every server of the run, on the suite's own cluster (see
 * it/postgresql-cluster.sh). Chosen by the system property {@code recouvra.it.db}.
 */
public record SuiteDatabase(String kind, Path clusterScript, int port, String database) {

  private static final String USER = "recouvra_it";
  private static final String PASSWORD = "recouvra_it";

  static SuiteDatabase fromSystemProperties() {
    String kind = System.getProperty("recouvra.it.db", "derby").strip();
    if (!kind.equals("derby") && !kind.equals("postgresql")) {
      throw new IllegalStateException("recouvra.it.db must be derby or postgresql, not " + kind);
    }
    return new SuiteDatabase(
        kind,
        Path.of(System.getProperty("recouvra.it.pg.script", "postgresql-cluster.sh")),
        Integer.parseInt(System.getProperty("recouvra.it.pg.port", "55432")),
        System.getProperty("recouvra.it.pg.database", "recouvra_it"));
  }

  /** The same cluster and kind, with the database {@code name} (PostgreSQL only). */
  SuiteDatabase named(String name) {
    return new SuiteDatabase(kind, clusterScript, port, name);
  }

  public boolean isPostgreSql() {
    return kind.equals("postgresql");
  }

  /** Starts the cluster if needed and recreates the suite's database empty. */
  void makeEmpty() {
    if (!isPostgreSql()) {
      return;
    }
    ProcessBuilder builder =
        new ProcessBuilder(clusterScript.toString(), "fresh", database).inheritIO();
    builder.environment().put("RECOUVRA_IT_PG_PORT", Integer.toString(port));
    try {
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("Could not prepare PostgreSQL with " + clusterScript);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + clusterScript, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while preparing PostgreSQL", e);
    }
  }

  /** The server environment that selects this database. */
  Map<String, String> serverEnvironment() {
    if (!isPostgreSql()) {
      return Map.of("RECOUVRA_DB", "derby");
    }
    return Map.of(
        "RECOUVRA_DB",
        "postgresql",
        "RECOUVRA_PG_HOST",
        "localhost",
        "RECOUVRA_PG_PORT",
        Integer.toString(port),
        "RECOUVRA_PG_DATABASE",
        database,
        "RECOUVRA_PG_USER",
        USER,
        "RECOUVRA_PG_PASSWORD",
        PASSWORD);
  }
}
