package io.recouvra.debts;

import io.recouvra.shared.id.CreditorId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A creditor as other modules and the API see it.
 *
 * @param id the creditor's id
 * @param legalName its legal name
 * @param siren its SIREN; absent for a natural person outside trade
 * @param naturalPersonOutsideTrade whether it is a natural person acting outside trade, which
 *     selects the legal interest rate's column
 * @param address its postal address
 * @param iban the account debtors pay into
 * @param bic that account's BIC, if given
 * @param sepaCreditorIdentifier its SEPA creditor identifier, if it collects direct debits
 * @param timeZone the time zone of its business dates
 * @param limitationAlertDays how many days before a debt's last day to act it enters the creditor's
 *     limitation alerts queue
 */
public record CreditorView(
    CreditorId id,
    String legalName,
    Optional<String> siren,
    boolean naturalPersonOutsideTrade,
    PostalAddress address,
    String iban,
    Optional<String> bic,
    Optional<String> sepaCreditorIdentifier,
    ZoneId timeZone,
    int limitationAlertDays) {

  /** The alert window of a creditor that did not choose one: 90 days (issue 5). */
  public static final int DEFAULT_LIMITATION_ALERT_DAYS = 90;

  /** Today in the creditor's time zone, by {@code clock}: the day its business dates count from. */
  public LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(timeZone));
  }
}
