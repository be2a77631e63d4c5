package io.recouvra.documents.internal;

import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How amounts are written in each language of the documents, fixed here rather than taken from the
 * JDK's locale data, which changes between releases: in French {@code 1 234,56 €} (no-break spaces
 * between groups and before the symbol), in English {@code €1,234.56}. The amount keeps the
 * currency's minor unit; nothing is rounded.
 */
enum AmountFormat {
  /** {@code 1 234,56 €}. */
  FRENCH(Locale.FRENCH, '\u00a0', ',', false),
  /** {@code €1,234.56}. */
  ENGLISH(Locale.ENGLISH, ',', '.', true);

  /** The no-break space, which keeps an amount on one line. */
  static final char NO_BREAK_SPACE = '\u00a0';

  private final Locale locale;
  private final char groupSeparator;
  private final char decimalSeparator;
  private final boolean symbolFirst;

  AmountFormat(Locale locale, char groupSeparator, char decimalSeparator, boolean symbolFirst) {
    this.locale = locale;
    this.groupSeparator = groupSeparator;
    this.decimalSeparator = decimalSeparator;
    this.symbolFirst = symbolFirst;
  }

  /** {@code money} written for a reader of this language. */
  String format(Money money) {
    String digits = digits(money.amount().abs(), money.currency().getDefaultFractionDigits());
    String symbol = money.currency().getSymbol(locale);
    String sign = money.isNegative() ? "-" : "";
    return symbolFirst ? sign + symbol + digits : sign + digits + NO_BREAK_SPACE + symbol;
  }

  private String digits(BigDecimal amount, int fractionDigits) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(groupSeparator);
    symbols.setDecimalSeparator(decimalSeparator);
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(fractionDigits);
    format.setMaximumFractionDigits(fractionDigits);
    format.setParseBigDecimal(true);
    return format.format(amount);
  }
}
