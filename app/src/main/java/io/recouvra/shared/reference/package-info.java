/**
 * References printed for debtors: the ISO 11649 creditor reference ("RF" reference) that matches a
 * transfer to its debt, and the one-time access code that lets a debtor claim a file.
 */
package io.recouvra.shared.reference;
