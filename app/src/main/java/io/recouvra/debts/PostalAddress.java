package io.recouvra.debts;

import java.util.List;

/**
 * A postal address as printed on a letter.
 *
 * @param lines the lines above the postal code and city, at most four
 * @param postalCode the postal code
 * @param city the city
 * @param country the ISO 3166-1 alpha-2 country code
 */
public record PostalAddress(List<String> lines, String postalCode, String city, String country) {

  public PostalAddress {
    lines = List.copyOf(lines);
  }
}
