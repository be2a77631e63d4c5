package io.recouvra.shared.jobs.graphql;

import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.caller.NotAllowedException;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.graphql.InvalidArgumentException;
import io.recouvra.shared.graphql.PageInfo;
import io.recouvra.shared.graphql.PageSize;
import io.recouvra.shared.jobs.JobSummary;
import io.recouvra.shared.jobs.Jobs;
import io.recouvra.shared.jobs.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** Jobs and their progress, for administrators. */
@GraphQLApi
@ApplicationScoped
public class JobsApi {
  private static final int MAX_PROBE_UNITS = 2000;

  @Inject Jobs jobs;
  @Inject CurrentCaller caller;

  @Inject
  @ConfigProperty(name = "recouvra.jobs.probe.enabled", defaultValue = "false")
  boolean probeEnabled;

  /** A job and where its units stand. */
  @Type("Job")
  @Description("A job of the job runner and where its units of work stand.")
  public record JobType(
      @NonNull @Description("The job's id.") String id,
      @NonNull @Description("What the job is, e.g. events.delivery.") String kind,
      @NonNull @Description("When it was started.") Instant createdAt,
      @NonNull @Description("Units waiting for a first or a later attempt.") long pending,
      @NonNull @Description("Units leased to a server, or whose server died holding them.")
          long running,
      @NonNull @Description("Units completed.") long done,
      @NonNull @Description("Units that failed their last allowed attempt.") long failed,
      @Description("The latest failure's message, if any.") String lastError) {

    static JobType of(JobSummary job) {
      return new JobType(
          job.id(),
          job.kind(),
          job.createdAt(),
          job.pending(),
          job.running(),
          job.done(),
          job.failed(),
          job.lastError().orElse(null));
    }
  }

  /** One unit of a job. */
  @Type("JobUnit")
  @Description("One unit of work of a job.")
  public record JobUnitType(
      @NonNull @Description("The unit's id.") String id,
      @NonNull @Description("What it is about, e.g. an event id and a handler.") String subject,
      @NonNull @Description("PENDING, RUNNING, DONE or FAILED.") String status,
      @NonNull @Description("How many times a server claimed it.") int attempts,
      @Description("The server holding its lease, or the one that completed it.") String owner,
      @Description("Its last failure's message, if any.") String lastError) {

    static JobUnitType of(UnitView unit) {
      return new JobUnitType(
          unit.id(),
          unit.subject(),
          unit.status(),
          unit.attempts(),
          unit.owner().orElse(null),
          unit.lastError().orElse(null));
    }
  }

  /** A page of jobs. */
  @Type("JobConnection")
  @Description("A page of jobs, newest first.")
  public record JobConnection(
      @NonNull @Description("The jobs of the page.") List<@NonNull JobType> nodes,
      @NonNull @Description("Where the page stands.") PageInfo pageInfo) {}

  /** A page of units. */
  @Type("JobUnitConnection")
  @Description("A page of a job's units, by id.")
  public record JobUnitConnection(
      @NonNull @Description("The units of the page.") List<@NonNull JobUnitType> nodes,
      @NonNull @Description("Where the page stands.") PageInfo pageInfo) {}

  /** What startProbeJob takes. */
  @Input("StartProbeJobInput")
  @Description("A diagnostic job's size.")
  public record StartProbeJobInput(@NonNull @Description("How many units, 1 to 2000.") int units) {}

  @Query("jobs")
  @Description("The job runner's jobs, newest first, with counts of their units. Administrators.")
  @Allowed(Role.ADMIN)
  public @NonNull JobConnection jobs(
      @Name("first") @DefaultValue("20") @Description("How many jobs, 1 to 100.") Integer first,
      @Name("after") @Description("The endCursor of the previous page.") String after) {
    int size = PageSize.of(first);
    List<JobSummary> found = jobs.summaries(Optional.ofNullable(after), size + 1);
    List<JobType> page = found.stream().limit(size).map(JobType::of).toList();
    String end = page.isEmpty() ? null : page.get(page.size() - 1).id();
    return new JobConnection(page, new PageInfo(found.size() > size, end));
  }

  @Query("job")
  @Description("One job, by id. Administrators.")
  @Allowed(Role.ADMIN)
  public JobType job(@Name("id") @NonNull @Description("The job's id.") String id) {
    return jobs.summary(id).map(JobType::of).orElse(null);
  }

  @Description("The job's units, by id.")
  @Allowed(Role.ADMIN)
  public @NonNull JobUnitConnection units(
      @Source JobType job,
      @Name("first") @DefaultValue("20") @Description("How many units, 1 to 100.") Integer first,
      @Name("after") @Description("The endCursor of the previous page.") String after) {
    int size = PageSize.of(first);
    List<UnitView> found = jobs.units(job.id(), Optional.ofNullable(after), size + 1);
    List<JobUnitType> page = found.stream().limit(size).map(JobUnitType::of).toList();
    String end = page.isEmpty() ? null : page.get(page.size() - 1).id();
    return new JobUnitConnection(page, new PageInfo(found.size() > size, end));
  }

  @Mutation("startProbeJob")
  @Description(
      "Starts a diagnostic job whose units only record themselves in the audit log; refused"
          + " unless the server enables it (recouvra.jobs.probe.enabled). Administrators.")
  @Allowed(Role.ADMIN)
  public @NonNull JobType startProbeJob(
      @Name("input") @NonNull @Description("The job's size.") StartProbeJobInput input) {
    if (!probeEnabled) {
      throw new NotAllowedException();
    }
    if (input.units() < 1 || input.units() > MAX_PROBE_UNITS) {
      throw new InvalidArgumentException("units", "between 1 and " + MAX_PROBE_UNITS);
    }
    List<String> subjects =
        IntStream.range(0, input.units()).mapToObj(i -> String.format("%05d", i)).toList();
    String id = jobs.start("jobs.probe", "jobs.probe", subjects, caller.get().subject());
    return jobs.summary(id).map(JobType::of).orElseThrow();
  }
}
