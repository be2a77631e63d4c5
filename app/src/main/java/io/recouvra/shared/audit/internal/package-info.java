/** The audit log's storage; private to the audit mechanism. */
package io.recouvra.shared.audit.internal;
