package io.recouvra.debts;

import java.util.List;

/**
 * A debtor as a client describes it, upserted on the customer reference; checked by the facade.
 *
 * @param customerReference the creditor's reference for the person
 * @param type the kind of debtor
 * @param name the name to address them by
 * @param postalAddress their address; optional
 * @param email their e-mail address; optional
 * @param phone their phone number in E.164 form, e.g. +33612345678; optional
 * @param language {@code fr} or {@code en}; French when absent
 * @param timeZone an IANA time zone; the creditor's when absent
 */
public record DebtorDetails(
    String customerReference,
    DebtorType type,
    String name,
    AddressDetails postalAddress,
    String email,
    String phone,
    String language,
    String timeZone) {

  /**
   * An address as a client gives it.
   *
   * @param lines the lines above postal code and city
   * @param postalCode the postal code
   * @param city the city
   * @param country the ISO 3166-1 alpha-2 country code
   */
  public record AddressDetails(
      List<String> lines, String postalCode, String city, String country) {}
}
