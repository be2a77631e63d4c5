package io.recouvra.shared.money;

import io.recouvra.shared.money.InvalidMoneyException.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency, held exactly at the currency's minor unit: two decimals for
 * the euro, none for the yen. Two amounts are equal when they have the same value and currency,
 * whatever the scale they were written with ({@code 120.5} and {@code 120.50} EUR are equal).
 * Arithmetic and comparison refuse to mix currencies.
 *
 * @param amount the amount, at the currency's scale; negative for money owed back
 * @param currency an ISO 4217 currency with a minor unit
 */
public record Money(BigDecimal amount, Currency currency) {

  /** Longest text {@link #parse} looks at; anything longer is malformed. */
  private static final int MAX_TEXT_LENGTH = 64;

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]+)?");

  /**
   * Checks and normalises the amount.
   *
   * @throws InvalidMoneyException with {@link Reason#TOO_MANY_DECIMALS} when the amount cannot be
   *     written in the currency's minor unit without rounding, or {@link Reason#UNKNOWN_CURRENCY}
   *     when the currency is not one Recouvra accepts
   * @throws NullPointerException when the amount or the currency is missing
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    AcceptedCurrencies.require(Objects.requireNonNull(currency, "currency"));
    int scale = currency.getDefaultFractionDigits();
    if (amount.stripTrailingZeros().scale() > scale) {
      throw new InvalidMoneyException(
          Reason.TOO_MANY_DECIMALS,
          "the amount has more than " + scale + " decimals, the minor unit of its currency");
    }
    amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
  }

  /** The amount {@code amount} in {@code currency}; see the constructor for the checks. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** Nothing, in {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Reads an amount written as a plain decimal ({@code "120.50"}, {@code "-3"}, {@code "1000"}) in
   * the currency with the ISO 4217 code {@code currencyCode} ({@code "EUR"}). The amount may start
   * with a minus sign and has 1 to 15 digits before an optional decimal point, which must be
   * followed by at least one digit. Signs other than a leading minus, exponents, spaces and group
   * separators are refused. Trailing zeros beyond the minor unit are accepted ({@code "1.500"}
   * EUR).
   *
   * @throws InvalidMoneyException with the reason the text was refused; the currency is checked
   *     first
   */
  public static Money parse(String amount, String currencyCode) {
    Currency currency = AcceptedCurrencies.byCode(currencyCode);
    if (amount == null
        || amount.length() > MAX_TEXT_LENGTH
        || !PLAIN_DECIMAL.matcher(amount).matches()) {
      throw new InvalidMoneyException(
          Reason.MALFORMED_AMOUNT, "the amount is not a plain decimal number such as 120.50");
    }
    return new Money(new BigDecimal(amount), currency);
  }

  /**
   * Fails unless {@code first} and {@code second} are in the same currency.
   *
   * @throws CurrencyMismatchException when they are not
   */
  public static void requireSameCurrency(Money first, Money second) {
    if (!first.currency.equals(second.currency)) {
      throw new CurrencyMismatchException(first.currency, second.currency);
    }
  }

  /** This amount plus {@code other}, which must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(this, other);
    return new Money(amount.add(other.amount), currency);
  }

  /** This amount minus {@code other}, which must be in the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(this, other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** The same amount with the opposite sign. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** The same amount without its sign. */
  public Money abs() {
    return new Money(amount.abs(), currency);
  }

  /**
   * This amount multiplied by {@code factor} (a rate, a share), rounded to the currency's minor
   * unit with {@code mode}.
   *
   * @throws ArithmeticException when {@code mode} is {@link RoundingMode#UNNECESSARY} and the
   *     product needs rounding
   */
  public Money times(BigDecimal factor, RoundingMode mode) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(mode, "mode");
    BigDecimal product = amount.multiply(factor);
    return new Money(product.setScale(currency.getDefaultFractionDigits(), mode), currency);
  }

  /** Whether the amount is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Whether this amount is more than {@code other}, which must be in the same currency. */
  public boolean isGreaterThan(Money other) {
    requireSameCurrency(this, other);
    return amount.compareTo(other.amount) > 0;
  }

  /** Whether this amount is less than {@code other}, which must be in the same currency. */
  public boolean isLessThan(Money other) {
    requireSameCurrency(this, other);
    return amount.compareTo(other.amount) < 0;
  }

  /** The larger of this amount and {@code other}, which must be in the same currency. */
  public Money max(Money other) {
    return isLessThan(other) ? other : this;
  }

  /** The smaller of this amount and {@code other}, which must be in the same currency. */
  public Money min(Money other) {
    return isGreaterThan(other) ? other : this;
  }

  /** The ISO 4217 code of the currency, e.g. {@code "EUR"}. */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /**
   * The amount as plain decimal text at the currency's scale, as the API shows it: {@code
   * "120.50"}, {@code "-3.00"}, {@code "1000"} for yen.
   */
  public String amountText() {
    return amount.toPlainString();
  }

  /** The amount and the currency code, e.g. {@code "120.50 EUR"}. */
  @Override
  public String toString() {
    return amountText() + " " + currencyCode();
  }
}
