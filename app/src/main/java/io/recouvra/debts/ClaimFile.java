package io.recouvra.debts;

/**
 * The command by which a signed-in person claims a debtor record, with the reference and access
 * code printed on the first letter about one of its debts.
 *
 * @param reference the debt's RF creditor reference, spaces allowed
 * @param accessCode the access code, dashes and spaces allowed
 */
public record ClaimFile(String reference, String accessCode) {}
