package io.recouvra.bench;

import java.time.Instant;

/**
 * Registers N debts through the GraphQL mutation {@code registerDebt} over HTTP, from C client
 * threads, against a server that is already running, and writes the wall-clock time and the latency
 * percentiles to a result file.
 *
 * <p>Usage: {@code java [-Dbase.url=http://localhost:9280] [-Dn=100000] [-Dconcurrency=4]
 * [-Dkeycloak.url=http://localhost:8180] [-Dclient.id=... -Dclient.secret=...] [-Dresult.file=...]
 * -jar recouvra-benchmarks.jar}. Without a client application's credentials a creditor is onboarded
 * first by the demo administrator (not timed). The client threads call with the application's
 * Keycloak tokens, renewed before they expire. Every answer is checked; the first error, user error
 * or unexpected debt ends the run with exit status 1.
 */
public final class RegisterDebtsBenchmark {

  private RegisterDebtsBenchmark() {}

  public static void main(String[] args) {
    try {
      run(Settings.from(System.getProperties()));
    } catch (BenchmarkFailure e) {
      System.err.println("BENCHMARK FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  static void run(Settings settings) {
    GraphQlEndpoint endpoint = new GraphQlEndpoint(settings.endpoint(), settings.requestTimeout());
    Settings.Keycloak keycloak = settings.keycloak();
    BenchmarkCreditor.ClientCredentials app =
        keycloak
            .app()
            .orElseGet(
                () ->
                    BenchmarkCreditor.onboard(
                        endpoint,
                        new GraphQlEndpoint.Caller(
                            AccessTokens.ofUser(
                                keycloak.tokenEndpoint(),
                                keycloak.adminUser(),
                                keycloak.adminPassword()))));
    GraphQlEndpoint.Caller clientApp =
        new GraphQlEndpoint.Caller(
            AccessTokens.ofClient(keycloak.tokenEndpoint(), app.clientId(), app.secret()));
    String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    SampleDebts debts = new SampleDebts(runId, settings.debtorCount());
    System.err.printf(
        "Registering %,d debts of %,d debtors with %d client threads at %s%n",
        settings.debtCount(), settings.debtorCount(), settings.concurrency(), settings.endpoint());

    String loadAverage = Machine.loadAverage();
    Instant startedAt = Instant.now();
    DebtRegistrationRun.Outcome outcome =
        new DebtRegistrationRun(endpoint, clientApp, debts, settings.debtCount())
            .run(settings.concurrency());

    RunResult result =
        new RunResult(
            startedAt,
            loadAverage,
            settings.debtCount(),
            settings.debtorCount(),
            settings.concurrency(),
            outcome.elapsed(),
            outcome.latencies());
    result.writeTo(settings.resultFile());
    System.out.println(ResultTable.of(result));
  }
}
