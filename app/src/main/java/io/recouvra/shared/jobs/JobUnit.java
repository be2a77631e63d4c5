package io.recouvra.shared.jobs;

import io.recouvra.shared.caller.Caller;

/**
 * One claimed unit of work, as handed to its {@link JobWork}.
 *
 * @param id the unit's id
 * @param jobId the job it belongs to
 * @param subject what the unit is about, e.g. an event id and a handler; unique within its job
 * @param attempt which attempt this is, from 1
 * @param caller who runs it: always the system identity
 */
public record JobUnit(String id, String jobId, String subject, int attempt, Caller caller) {}
