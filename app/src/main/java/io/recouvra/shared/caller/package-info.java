/**
 * Who is calling: the caller's identity, roles, tenant and claimed debtor records, and the guard
 * that checks an operation's {@link io.recouvra.shared.caller.Allowed} roles.
 */
package io.recouvra.shared.caller;
