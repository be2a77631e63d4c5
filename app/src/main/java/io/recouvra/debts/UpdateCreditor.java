package io.recouvra.debts;

import io.recouvra.debts.DebtorDetails.AddressDetails;
import io.recouvra.shared.id.CreditorId;
import java.util.Optional;

/**
 * Corrections to a creditor's master data, as received; absent fields stay as they are. The SIREN
 * and whether the creditor is a natural person are not among them: they say who the creditor is,
 * and another legal person is another creditor.
 *
 * @param id the creditor
 * @param legalName its new legal name
 * @param address its new postal address
 * @param iban the new account debtors pay into
 * @param bic that account's BIC; an empty text removes it
 * @param sepaCreditorIdentifier its SEPA creditor identifier; an empty text removes it
 * @param timeZone the IANA time zone of its business dates
 * @param limitationAlertDays how many days before a debt's last day to act it enters the alerts
 *     queue, 1 to 365
 */
public record UpdateCreditor(
    CreditorId id,
    Optional<String> legalName,
    Optional<AddressDetails> address,
    Optional<String> iban,
    Optional<String> bic,
    Optional<String> sepaCreditorIdentifier,
    Optional<String> timeZone,
    Optional<Integer> limitationAlertDays) {}
