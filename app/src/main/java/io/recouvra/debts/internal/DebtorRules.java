package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtorDetails;
import io.recouvra.debts.DebtorView;
import io.recouvra.debts.PostalAddress;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Problems;
import io.recouvra.shared.id.DebtorId;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a debtor's details as a client gives them. */
final class DebtorRules {
  static final int MAX_REFERENCE = 64;
  private static final int MAX_NAME = 200;
  private static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
  private static final Set<String> LANGUAGES = Set.of("fr", "en");

  private DebtorRules() {}

  /**
   * The checked debtor, with a fresh id, problems recorded under {@code path}; defaults come from
   * the creditor (its time zone) and the platform (French).
   */
  static DebtorView check(
      String path, DebtorDetails details, CreditorView creditor, Problems problems) {
    problems.requireText(path + ".customerReference", details.customerReference(), MAX_REFERENCE);
    problems.requirePresent(path + ".type", details.type());
    problems.requireText(path + ".name", details.name(), MAX_NAME);
    Optional<PostalAddress> address =
        Optional.ofNullable(details.postalAddress())
            .map(a -> AddressRules.check(path + ".postalAddress", a, problems));
    Optional<String> email = optional(details.email());
    email.ifPresent(
        e -> {
          if (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
            problems.add(
                path + ".email",
                ErrorCode.INVALID_FORMAT,
                path + ".email is not an e-mail address");
          }
        });
    Optional<String> phone = optional(details.phone());
    phone.ifPresent(
        p -> {
          if (!E164.matcher(p).matches()) {
            problems.add(
                path + ".phone",
                ErrorCode.INVALID_FORMAT,
                path + ".phone must be in international E.164 form, e.g. +33612345678");
          }
        });
    String language = optional(details.language()).orElse("fr");
    if (!LANGUAGES.contains(language)) {
      problems.add(
          path + ".language", ErrorCode.INVALID_FORMAT, path + ".language must be fr or en");
    }
    ZoneId zone = zone(path + ".timeZone", details.timeZone(), creditor.timeZone(), problems);
    return new DebtorView(
        DebtorId.random(),
        creditor.id(),
        trim(details.customerReference()),
        details.type(),
        trim(details.name()),
        address,
        email,
        phone,
        Locale.forLanguageTag(language),
        zone);
  }

  static ZoneId zone(String path, String text, ZoneId fallback, Problems problems) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return ZoneId.of(text.trim());
    } catch (DateTimeException e) {
      problems.add(
          path, ErrorCode.INVALID_FORMAT, path + " must be an IANA time zone, e.g. Europe/Paris");
      return fallback;
    }
  }

  private static Optional<String> optional(String text) {
    return Optional.ofNullable(text).map(String::trim).filter(t -> !t.isEmpty());
  }

  private static String trim(String text) {
    return text == null ? "" : text.trim();
  }
}
