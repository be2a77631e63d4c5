package io.recouvra.debts;

import io.recouvra.debts.DebtorDetails.AddressDetails;
import java.util.Optional;
import java.util.UUID;

/**
 * The command to create a creditor (a tenant), as received; checked by the facade.
 *
 * @param id the id to give it, for fixed demo creditors; a new one when absent
 * @param legalName its legal name
 * @param siren its SIREN, nine digits with a Luhn check
 * @param naturalPersonOutsideTrade whether it is a natural person acting outside trade
 * @param address its postal address
 * @param iban the account debtors pay into
 * @param bic that account's BIC; optional
 * @param sepaCreditorIdentifier its SEPA creditor identifier; optional
 * @param timeZone an IANA time zone for its business dates
 */
public record NewCreditor(
    Optional<UUID> id,
    String legalName,
    String siren,
    boolean naturalPersonOutsideTrade,
    AddressDetails address,
    String iban,
    String bic,
    String sepaCreditorIdentifier,
    String timeZone) {}
