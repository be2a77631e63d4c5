/**
 * The job runner: jobs split into units of work stored as rows, which every server's poller claims
 * with a lease through a conditional update, so any number of servers share the work, a dead
 * server's units are taken over once its lease expires, and a unit is completed at most once (its
 * completion is conditional on still holding the lease, in the same transaction as its work).
 * Modules contribute {@link io.recouvra.shared.jobs.JobWork} beans and start jobs through {@link
 * io.recouvra.shared.jobs.Jobs}.
 */
package io.recouvra.shared.jobs;
