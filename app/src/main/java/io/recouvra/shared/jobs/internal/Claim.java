package io.recouvra.shared.jobs.internal;

/**
 * A unit this server has just leased.
 *
 * @param id the unit's id
 * @param jobId its job
 * @param work the name of the {@link io.recouvra.shared.jobs.JobWork} that does it
 * @param subject what it is about
 * @param attempt the attempt this lease is for: with the owner, it fences the completion
 */
record Claim(String id, String jobId, String work, String subject, int attempt) {}
