/**
 * Amounts of money: a decimal amount in one ISO 4217 currency, kept exactly at the currency's minor
 * unit, never as a binary floating-point number.
 */
package io.recouvra.shared.money;
