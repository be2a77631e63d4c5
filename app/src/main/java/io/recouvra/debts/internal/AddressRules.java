package io.recouvra.debts.internal;

import io.recouvra.debts.DebtorDetails.AddressDetails;
import io.recouvra.debts.PostalAddress;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a postal address as a client gives it. */
final class AddressRules {
  private static final int MAX_LINES = 4;
  private static final int MAX_LINE = 70;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private AddressRules() {}

  /** The checked address, with problems recorded under {@code path}. */
  static PostalAddress check(String path, AddressDetails address, Problems problems) {
    List<String> lines = address.lines() == null ? List.of() : address.lines();
    if (lines.isEmpty() || lines.stream().allMatch(l -> l == null || l.isBlank())) {
      problems.add(path + ".lines", ErrorCode.REQUIRED, path + ".lines needs at least one line");
    } else if (lines.size() > MAX_LINES) {
      problems.add(
          path + ".lines",
          ErrorCode.TOO_LONG,
          path + ".lines holds at most " + MAX_LINES + " lines");
    }
    for (String line : lines) {
      problems.limitLength(path + ".lines", line, MAX_LINE);
    }
    problems.requireText(path + ".postalCode", address.postalCode(), 16);
    problems.requireText(path + ".city", address.city(), 100);
    String country = address.country() == null ? "" : address.country().trim();
    if (!COUNTRIES.contains(country)) {
      problems.add(
          path + ".country",
          ErrorCode.INVALID_FORMAT,
          path + ".country must be an ISO 3166-1 alpha-2 code in upper case, e.g. FR");
    }
    List<String> kept =
        lines.stream().filter(l -> l != null && !l.isBlank()).map(String::trim).toList();
    return new PostalAddress(kept, trim(address.postalCode()), trim(address.city()), country);
  }

  private static String trim(String text) {
    return text == null ? "" : text.trim();
  }
}
