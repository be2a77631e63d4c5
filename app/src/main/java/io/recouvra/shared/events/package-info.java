/**
 * Events and the outbox: a module tells others what happened through a past-tense {@link
 * io.recouvra.shared.events.Event}, published through {@link io.recouvra.shared.events.Events} in
 * the same transaction as the change. Each (event, handler) delivery is a unit of the job runner's
 * standing delivery job, written in that same transaction, so an event committed is delivered even
 * if the server dies at once, and a handler gets it at most once, retried on failure.
 */
package io.recouvra.shared.events;
