package io.recouvra.shared.money;

import io.recouvra.shared.money.InvalidMoneyException.Reason;
import java.util.Currency;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which ISO 4217 codes are currencies one can owe: known to the JDK, with a minor unit, and neither
 * a fund code nor one of the codes for precious metals, test or "no currency" (those have no minor
 * unit in the JDK, which is how they are recognised).
 */
final class AcceptedCurrencies {

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /** ISO 4217 fund codes: units of account that no debtor pays in. */
  private static final Set<String> FUND_CODES =
      Set.of("BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW");

  private AcceptedCurrencies() {}

  /** The currency named by {@code code}, or an {@link InvalidMoneyException}. */
  static Currency byCode(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw unknown();
    }
    return require(knownToJdk(code));
  }

  private static Currency knownToJdk(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException notIso) {
      throw unknown();
    }
  }

  /** {@code currency} itself when it is accepted, or an {@link InvalidMoneyException}. */
  static Currency require(Currency currency) {
    if (currency.getDefaultFractionDigits() < 0
        || FUND_CODES.contains(currency.getCurrencyCode())) {
      throw unknown();
    }
    return currency;
  }

  private static InvalidMoneyException unknown() {
    return new InvalidMoneyException(
        Reason.UNKNOWN_CURRENCY, "the currency is not an ISO 4217 currency Recouvra accepts");
  }
}
