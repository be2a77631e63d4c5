package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.recouvra.it.support.AuditReader;
import io.recouvra.it.support.GraphQlClient;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The job runner: every unit done once, by one or several servers on one database, and a unit whose
 * server died taken over once its lease expires. The units are the jobs probe's, which writes an
 * audit entry naming the unit and the server that did it.
 */
@RecouvraIT
class JobsIT {
  private static final String START =
      "mutation Start($units: Int!) { startProbeJob(input: {units: $units}) { id } }";
  private static final String JOB =
      """
      query Job($id: String!) {
        job(id: $id) {
          pending running done failed
          units(first: 100) { nodes { subject status attempts owner } }
        }
      }
      """;

  @Test
  void doesEveryUnitOfAJobOnce(GraphQlClient api) {
    String job = start(api, 60);

    GraphQlResponse finished = awaitDone(api, job, 60);

    assertThat(finished.data("job.failed").toString()).isEqualTo("0");
    assertThat(timesEachUnitRan(api, job))
        .hasSize(60)
        .allSatisfy((unit, n) -> assertThat(n).isEqualTo(1L));
  }

  @Test
  void sharesAJobBetweenTwoServersWithoutDoingAUnitTwice(SuiteServer suite, GraphQlClient api) {
    assumeTrue(suite.database().isPostgreSql(), "two servers share one PostgreSQL database");
    SuiteServer second =
        suite.peer("it-second", 9191, 9554, Map.of("RECOUVRA_JOBS_PROBE_UNIT_TIME", "PT0.02S"));
    second.startPeer();
    try {
      String job = start(api, 300);

      awaitDone(api, job, 300);

      Map<String, Long> runs = timesEachUnitRan(api, job);
      assertThat(runs).hasSize(300).allSatisfy((unit, n) -> assertThat(n).isEqualTo(1L));
      assertThat(runnersOf(api, job)).hasSize(2);
    } finally {
      second.close();
    }
  }

  @Test
  void takesOverTheUnitOfAServerKilledWhileHoldingItsLease(SuiteServer suite, GraphQlClient api) {
    assumeTrue(suite.database().isPostgreSql(), "two servers share one PostgreSQL database");
    SuiteServer slow =
        suite.peer(
            "it-slow",
            9191,
            9554,
            Map.of("RECOUVRA_JOBS_PROBE_UNIT_TIME", "PT30S", "RECOUVRA_JOBS_LEASE", "PT6S"));
    slow.startPeer();
    String job;
    try {
      job = start(new GraphQlClient(slow.baseUri()), 20);
      GraphQlResponse stuck = OutboxIT.eventually(() -> read(api, job), r -> done(r) == 19);
      assertThat(stuck.data("job.running").toString()).isEqualTo("1");
      slow.kill();
    } finally {
      slow.close();
    }

    GraphQlResponse finished = awaitDone(api, job, 20);

    assertThat(timesEachUnitRan(api, job))
        .hasSize(20)
        .allSatisfy((unit, n) -> assertThat(n).isEqualTo(1L));
    assertThat(finished.list("job.units.nodes"))
        .anySatisfy(unit -> assertThat(unit.asJsonObject().getInt("attempts")).isEqualTo(2));
  }

  @Test
  void firesEachOccurrenceOfAScheduleOnce(GraphQlClient api) {
    List<String> fired =
        OutboxIT.eventually(() -> scheduledProbeJobs(api), jobs -> jobs.size() >= 3);
    assertThat(fired).as("jobs of the scheduled probe").hasSizeGreaterThanOrEqualTo(3);

    for (String job : fired.subList(0, 3)) {
      awaitDone(api, job, 1);
      assertThat(timesEachUnitRan(api, job))
          .hasSize(1)
          .allSatisfy((unit, n) -> assertThat(n).isEqualTo(1L));
    }
    List<String> occurrences =
        fired.subList(0, 3).stream()
            .map(job -> read(api, job).string("job.units.nodes.0.subject"))
            .toList();
    assertThat(occurrences).doesNotHaveDuplicates();
  }

  private static List<String> scheduledProbeJobs(GraphQlClient api) {
    return api
        .graphql("{ jobs(first: 100) { nodes { id kind } } }", Map.of(), Identity.admin())
        .assertNoErrors()
        .list("jobs.nodes")
        .stream()
        .map(node -> node.asJsonObject())
        .filter(node -> node.getString("kind").equals("scheduled:jobs.scheduledProbe"))
        .map(node -> node.getString("id"))
        .toList();
  }

  private static long done(GraphQlResponse job) {
    return Long.parseLong(job.data("job.done").toString());
  }

  private static String start(GraphQlClient api, int units) {
    return api.graphql(START, Map.of("units", units), Identity.admin())
        .assertNoErrors()
        .string("startProbeJob.id");
  }

  private static GraphQlResponse read(GraphQlClient api, String job) {
    return api.graphql(JOB, Map.of("id", job), Identity.admin()).assertNoErrors();
  }

  private static GraphQlResponse awaitDone(GraphQlClient api, String job, int units) {
    GraphQlResponse last = OutboxIT.eventually(() -> read(api, job), r -> done(r) == units);
    assertThat(done(last)).as("units done").isEqualTo(units);
    return last;
  }

  private static Map<String, Long> timesEachUnitRan(GraphQlClient api, String job) {
    return AuditReader.targetsOf(api, "jobs.probeUnit").stream()
        .map(targets -> targets.get(0))
        .filter(target -> target.startsWith("Probe:" + job + "/"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static List<String> runnersOf(GraphQlClient api, String job) {
    return AuditReader.targetsOf(api, "jobs.probeUnit").stream()
        .filter(targets -> targets.get(0).startsWith("Probe:" + job + "/"))
        .map(targets -> targets.get(1))
        .distinct()
        .toList();
  }
}
