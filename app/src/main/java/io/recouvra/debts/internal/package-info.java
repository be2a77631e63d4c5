/** The debts module's persistence, rules and command handling; private to the module. */
package io.recouvra.debts.internal;
