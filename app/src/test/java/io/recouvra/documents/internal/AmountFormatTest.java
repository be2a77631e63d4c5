package io.recouvra.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.shared.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountFormatTest {

  @ParameterizedTest(name = "{0} {1} is {2} in French")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.56 | EUR | 1 234,56 €",
        "0.5 | EUR | 0,50 €",
        "1000000 | EUR | 1 000 000,00 €",
        "999.99 | EUR | 999,99 €",
        "-42.10 | EUR | -42,10 €",
        "1500 | JPY | 1 500 JPY",
        "25.5 | USD | 25,50 $US"
      })
  void writesFrenchAmountsWithNoBreakSpaces(String amount, String currency, String expected) {
    String written = AmountFormat.FRENCH.format(Money.parse(amount, currency));

    assertThat(written).isEqualTo(expected.replace(' ', '\u00a0'));
  }

  @ParameterizedTest(name = "{0} {1} is {2} in English")
  @CsvSource({
    "1234.56, EUR, '€1,234.56'",
    "0.5, EUR, €0.50",
    "1000000, EUR, '€1,000,000.00'",
    "-42.10, EUR, -€42.10",
    "25.5, USD, $25.50",
    "1234567.89, GBP, '£1,234,567.89'"
  })
  void writesEnglishAmountsWithTheSymbolFirst(String amount, String currency, String expected) {
    assertThat(AmountFormat.ENGLISH.format(Money.parse(amount, currency))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} keeps every digit")
  @CsvSource({"123456789012345.67", "0.01", "10.05"})
  void neverRounds(String amount) {
    String written = AmountFormat.ENGLISH.format(Money.parse(amount, "EUR"));

    assertThat(written.replace("€", "").replace(",", "")).isEqualTo(amount);
  }
}
