/**
 * Debts: creditors (the tenants), their debtors, and the debts with their ledger and status.
 *
 * <p>The published API is this package: the facades {@link io.recouvra.debts.Debts} and {@link
 * io.recouvra.debts.Creditors}, the commands they take and the views they return. Everything else
 * lives in {@code internal} and is private to the module.
 */
package io.recouvra.debts;
