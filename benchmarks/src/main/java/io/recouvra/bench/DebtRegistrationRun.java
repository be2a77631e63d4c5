package io.recouvra.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers the sample debts through {@code registerDebt}, from a fixed number of client threads
 * that each take the next debt as soon as their previous request is answered. The first refused or
 * unexpected answer stops every thread and fails the run.
 */
final class DebtRegistrationRun {

  private static final String REGISTER =
      """
      mutation RegisterBenchmarkDebt($input: RegisterDebtInput!) {
        registerDebt(input: $input) {
          debt { id externalReference balance { amount currency } }
          userErrors { field message code }
        }
      }
      """;

  private final GraphQlEndpoint endpoint;
  private final GraphQlEndpoint.Caller caller;
  private final SampleDebts debts;
  private final int debtCount;
  private final Latencies latencies;
  private final Set<String> debtIds = ConcurrentHashMap.newKeySet();
  private final AtomicInteger nextIndex = new AtomicInteger();
  private final AtomicBoolean failed = new AtomicBoolean();

  DebtRegistrationRun(
      GraphQlEndpoint endpoint, GraphQlEndpoint.Caller caller, SampleDebts debts, int debtCount) {
    this.endpoint = endpoint;
    this.caller = caller;
    this.debts = debts;
    this.debtCount = debtCount;
    this.latencies = new Latencies(debtCount);
  }

  /** Runs to the end and returns the wall-clock time and the latencies. */
  Outcome run(int concurrency) {
    ExecutorService threads = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        clients.add(threads.submit(this::registerUntilDone));
      }
      awaitAll(clients);
    } finally {
      threads.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    if (debtIds.size() != debtCount) {
      throw new BenchmarkFailure(debtCount + " debts sent but " + debtIds.size() + " distinct ids");
    }
    return new Outcome(elapsed, latencies.summary());
  }

  private void registerUntilDone() {
    try {
      for (int i = nextIndex.getAndIncrement(); i < debtCount; i = nextIndex.getAndIncrement()) {
        if (failed.get()) {
          return;
        }
        register(i);
        ProgressLine.maybePrint(i + 1, debtCount);
      }
    } catch (RuntimeException e) {
      failed.set(true);
      throw e;
    }
  }

  private void register(int index) {
    JsonObject variables =
        Json.createObjectBuilder().add("input", debts.registerDebtInput(index)).build();
    long start = System.nanoTime();
    JsonObject data = endpoint.execute(caller, REGISTER, variables);
    latencies.record(index, System.nanoTime() - start);
    JsonObject payload = Payloads.accepted(data, "registerDebt");
    checkDebt(index, payload);
    debtIds.add(Payloads.idOf(payload, "debt"));
  }

  private void checkDebt(int index, JsonObject payload) {
    JsonObject debt = Payloads.objectOf(payload, "debt");
    JsonObject balance = debt.getJsonObject("balance");
    boolean sameReference =
        debts.externalReference(index).equals(debt.getString("externalReference"));
    boolean balanceIsPrincipal =
        new BigDecimal(balance.getString("amount")).compareTo(debts.principal(index)) == 0
            && SampleDebts.CURRENCY.equals(balance.getString("currency"));
    if (!sameReference || !balanceIsPrincipal) {
      throw new BenchmarkFailure("debt " + index + " registered as " + debt);
    }
  }

  private static void awaitAll(List<Future<?>> clients) {
    for (Future<?> client : clients) {
      try {
        client.get();
      } catch (ExecutionException e) {
        throw new BenchmarkFailure("a client thread failed: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchmarkFailure("interrupted", e);
      }
    }
  }

  /** What a completed run measured. */
  record Outcome(Duration elapsed, Latencies.Summary latencies) {}
}
