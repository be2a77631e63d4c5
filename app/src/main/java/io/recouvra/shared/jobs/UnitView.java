package io.recouvra.shared.jobs;

import java.util.Optional;

/**
 * A unit of a job as administrators see it.
 *
 * @param id the unit's id
 * @param subject what it is about
 * @param status PENDING, RUNNING, DONE or FAILED
 * @param attempts how many times a server claimed it
 * @param owner the server holding or last holding its lease, while it is not done
 * @param lastError the last failure's message, if any
 */
public record UnitView(
    String id,
    String subject,
    String status,
    int attempts,
    Optional<String> owner,
    Optional<String> lastError) {}
