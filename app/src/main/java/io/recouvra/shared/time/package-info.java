/**
 * The one source of "now" for the application: an injectable {@link java.time.Clock}, the system's
 * clock in UTC or, for demonstrations and tests, one started at a configured instant.
 */
package io.recouvra.shared.time;
