/** The outbox's storage and delivery; private to the events mechanism. */
package io.recouvra.shared.events.internal;
