package io.recouvra.debts;

import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtorId;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A debtor record: one person as known to one creditor.
 *
 * @param id the record's id
 * @param creditor the creditor it belongs to
 * @param customerReference the creditor's own reference for this person
 * @param type the kind of debtor
 * @param name the name to address them by
 * @param postalAddress their postal address, if known
 * @param email their e-mail address, if known
 * @param phone their phone number in E.164 form, if known
 * @param language the language they are written to in
 * @param timeZone the time zone of their contact windows
 */
public record DebtorView(
    DebtorId id,
    CreditorId creditor,
    String customerReference,
    DebtorType type,
    String name,
    Optional<PostalAddress> postalAddress,
    Optional<String> email,
    Optional<String> phone,
    Locale language,
    ZoneId timeZone) {}
