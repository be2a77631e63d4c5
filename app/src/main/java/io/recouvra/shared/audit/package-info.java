/**
 * The audit log: every command appends who, when, what and a digest of its payload, chained by
 * hashes so that a rewrite is detectable. It holds ids and digests, never personal data, so that
 * erasing a person never breaks it.
 */
package io.recouvra.shared.audit;
