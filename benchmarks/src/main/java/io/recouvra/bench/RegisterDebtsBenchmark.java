package io.recouvra.bench;

import java.time.Instant;

/**
 * Registers N debts through the GraphQL mutation {@code registerDebt} over HTTP, from C client
 * threads, against a server that is already running, and writes the wall-clock time and the latency
 * percentiles to a result file.
 *
 * <p>Usage: {@code java [-Dbase.url=http://localhost:9280] [-Dn=100000] [-Dconcurrency=4]
 * [-Dcreditor=<global id>] [-Dresult.file=...] -jar recouvra-benchmarks.jar}. Without {@code
 * -Dcreditor} a creditor is created as admin first (not timed). Every answer is checked; the first
 * error, user error or unexpected debt ends the run with exit status 1.
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
    String creditorId = settings.creditorId().orElseGet(() -> BenchmarkCreditor.create(endpoint));
    String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    SampleDebts debts = new SampleDebts(runId, settings.debtorCount());
    System.err.printf(
        "Registering %,d debts of %,d debtors with %d client threads at %s%n",
        settings.debtCount(), settings.debtorCount(), settings.concurrency(), settings.endpoint());

    String loadAverage = Machine.loadAverage();
    Instant startedAt = Instant.now();
    DebtRegistrationRun.Outcome outcome =
        new DebtRegistrationRun(
                endpoint, GraphQlEndpoint.Caller.clientApp(creditorId), debts, settings.debtCount())
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
