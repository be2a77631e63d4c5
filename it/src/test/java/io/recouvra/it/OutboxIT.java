package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.AuditReader;
import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlClient;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events reach their handlers after commit, once, even when the server dies right after the commit.
 * The observable handler is the events probe, which writes an audit entry per delivery.
 */
@RecouvraIT
class OutboxIT {
  private static final String DELIVERED = "events.probeDelivered";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  @Test
  void deliversARegisteredDebtsEventOnceAfterCommit(GraphQlClient api) {
    String debt = creditor.register(DebtInput.valid()).string("registerDebt.debt.id");
    String target = "Debt:" + uuidOf(debt);

    List<List<String>> deliveries =
        eventually(() -> deliveriesFor(api, target), found -> !found.isEmpty());

    assertThat(deliveries).hasSize(1);
    assertThat(deliveries.get(0).get(0)).startsWith("Event:");
  }

  @Test
  void deliversTheCancellationAsItsOwnEvent(GraphQlClient api) {
    String debt = creditor.register(DebtInput.valid()).string("registerDebt.debt.id");
    creditor
        .api()
        .graphql(
            Operations.CANCEL_DEBT,
            Map.of("input", Map.of("id", debt, "reason", "Sent by mistake")),
            creditor.creditController())
        .assertNoUserErrors("cancelDebt");
    String target = "Debt:" + uuidOf(debt);

    List<List<String>> deliveries =
        eventually(() -> deliveriesFor(api, target), found -> found.size() >= 2);

    assertThat(deliveries).hasSize(2);
    assertThat(deliveries.stream().map(d -> d.get(0)).distinct()).hasSize(2);
  }

  @Test
  void deliversAnEventCommittedJustBeforeTheServerWasKilled(SuiteServer suite) {
    // A server whose poller waits a minute: the event cannot be delivered before the kill.
    SuiteServer doomed =
        suite.peer("it-crash", 9181 + offset(suite), 9544 + offset(suite), slowPoller());
    doomed.startPeer();
    GraphQlClient api = new GraphQlClient(doomed.baseUri());
    CreditorFixture.Created tenant = CreditorFixture.create(api, "Crash");
    String debt =
        api.graphql(Operations.REGISTER_DEBT, DebtInput.valid().asVariables(), tenant.clientApp())
            .assertNoUserErrors("registerDebt")
            .string("registerDebt.debt.id");
    doomed.kill();

    SuiteServer revived =
        suite.peer("it-crash", 9181 + offset(suite), 9544 + offset(suite), Map.of());
    revived.restart();
    try {
      List<List<String>> deliveries =
          eventually(() -> deliveriesFor(api, "Debt:" + uuidOf(debt)), found -> !found.isEmpty());
      assertThat(deliveries).hasSize(1);
    } finally {
      revived.close();
    }
  }

  static int offset(SuiteServer suite) {
    return suite.database().isPostgreSql() ? 10 : 0;
  }

  private static Map<String, String> slowPoller() {
    return Map.of("RECOUVRA_JOBS_POLL_PERIOD", "PT60S");
  }

  private static List<List<String>> deliveriesFor(GraphQlClient api, String target) {
    return AuditReader.targetsOf(api, DELIVERED).stream()
        .filter(targets -> targets.contains(target))
        .toList();
  }

  static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    T value = read.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return value;
      }
      value = read.get();
    }
    return value;
  }

  static String uuidOf(String globalId) {
    String decoded =
        new String(
            java.util.Base64.getUrlDecoder().decode(globalId),
            java.nio.charset.StandardCharsets.UTF_8);
    return decoded.substring(decoded.indexOf(':') + 1);
  }
}
