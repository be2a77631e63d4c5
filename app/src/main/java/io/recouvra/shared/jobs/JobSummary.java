package io.recouvra.shared.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * A job and where its units stand.
 *
 * @param id the job's id
 * @param kind what the job is, e.g. {@code events.delivery}
 * @param createdAt when it was started
 * @param pending units waiting for a first or a later attempt
 * @param running units leased to a server now, or whose lease expired unfinished
 * @param done units completed
 * @param failed units that failed their last allowed attempt
 * @param lastError the latest failure's message, if any
 */
public record JobSummary(
    String id,
    String kind,
    Instant createdAt,
    long pending,
    long running,
    long done,
    long failed,
    Optional<String> lastError) {}
