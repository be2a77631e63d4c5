package io.recouvra.documents.internal;

import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a document in its reader's language: texts from the {@code documents/messages}
 * bundles (UTF-8), dates and amounts written the way that language writes them. French and English
 * are the languages debtors are written to in; any other language is written to in French, the
 * language Recouvra defaults to.
 */
final class Wording {

  private static final String BUNDLE = "documents.messages";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

  private final Locale language;
  private final ResourceBundle messages;
  private final AmountFormat amounts;
  private final DateTimeFormatter longDates;
  private final DateTimeFormatter shortDates;

  private Wording(Locale language, AmountFormat amounts) {
    this.language = language;
    this.amounts = amounts;
    this.messages =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            Wording.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.longDates = DateTimeFormatter.ofPattern(text("date.long"), language);
    this.shortDates = DateTimeFormatter.ofPattern(text("date.short"), language);
  }

  /** The wording for a reader of {@code language}: English for English, French otherwise. */
  static Wording of(Locale language) {
    return Locale.ENGLISH.getLanguage().equals(language.getLanguage())
        ? new Wording(Locale.ENGLISH, AmountFormat.ENGLISH)
        : new Wording(Locale.FRENCH, AmountFormat.FRENCH);
  }

  /** The language the document is written in. */
  Locale language() {
    return language;
  }

  /**
   * The text under {@code key}, each {@code {n}} replaced by the n-th of {@code values}, taken as
   * they are (no number or date formatting, no quoting rules).
   */
  String text(String key, String... values) {
    return PLACEHOLDER
        .matcher(messages.getString(key))
        .replaceAll(
            found -> {
              int index = Integer.parseInt(found.group(1));
              String value = index < values.length ? values[index] : found.group();
              return Matcher.quoteReplacement(value);
            });
  }

  /** A date in words, for running text: {@code 5 décembre 2026}, {@code 5 December 2026}. */
  String longDate(LocalDate date) {
    return longDates.format(date);
  }

  /** A date in a table column: {@code 05/12/2026}, {@code 5 Dec 2026}. */
  String shortDate(LocalDate date) {
    return shortDates.format(date);
  }

  /** An amount with its currency: {@code 1 234,56 €}, {@code €1,234.56}. */
  String amount(Money money) {
    return amounts.format(money);
  }

  /** The name of the country with ISO 3166 code {@code code}, in this language. */
  String country(String code) {
    return new Locale("", code).getDisplayCountry(language);
  }
}
