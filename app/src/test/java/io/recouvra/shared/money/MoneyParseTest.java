package io.recouvra.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recouvra.shared.money.InvalidMoneyException.Reason;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyParseTest {

  @ParameterizedTest(name = "{0} {1} reads as {2}")
  @CsvSource({
    "120.50, EUR, 120.50",
    "120.5, EUR, 120.50",
    "120, EUR, 120.00",
    "-3, EUR, -3.00",
    "0, EUR, 0.00",
    "-0, EUR, 0.00",
    "0.01, EUR, 0.01",
    "000123.4, EUR, 123.40",
    "1.500, EUR, 1.50",
    "999999999999999.99, EUR, 999999999999999.99",
    "1000, JPY, 1000",
    "1000.000, JPY, 1000",
    "12.345, KWD, 12.345",
    "7.1, BHD, 7.100",
    "250, XOF, 250",
    "19.99, USD, 19.99",
    "5, CHF, 5.00"
  })
  void readsPlainDecimalsAtTheScaleOfTheCurrency(String text, String code, String expected) {
    Money money = Money.parse(text, code);

    assertThat(money.amountText()).isEqualTo(expected);
    assertThat(money.currencyCode()).isEqualTo(code);
    assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "\"{0}\" is malformed")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " 1",
        "1 ",
        "1 000",
        "1,000",
        "1,5",
        "1_000",
        "+1",
        "--1",
        "- 1",
        "1-",
        "1e3",
        "1E3",
        "1.5e-2",
        "1.",
        ".5",
        "-.5",
        "1.2.3",
        "-",
        ".",
        "abc",
        "NaN",
        "Infinity",
        "0x10",
        "1.0\n",
        "\u0661\u0662",
        "\uff11",
        "1234567890123456",
        "-1234567890123456.00"
      })
  void refusesAnythingButAPlainDecimal(String text) {
    assertThatThrownBy(() -> Money.parse(text, "EUR"))
        .isInstanceOfSatisfying(
            InvalidMoneyException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_AMOUNT));
  }

  @ParameterizedTest(name = "{0} is too precise for {1}")
  @CsvSource({
    "1.001, EUR",
    "0.001, EUR",
    "-0.005, EUR",
    "1.5, JPY",
    "1000.01, JPY",
    "1.0001, KWD",
    "0.5, XOF"
  })
  void refusesMoreDecimalsThanTheMinorUnit(String text, String code) {
    assertThatThrownBy(() -> Money.parse(text, code))
        .isInstanceOfSatisfying(
            InvalidMoneyException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_DECIMALS));
  }

  @ParameterizedTest(name = "\"{0}\" is not an accepted currency")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "eur", "Eur", "EU", "EURO", " EUR", "EUR ", "E1R", "ABC", "QQQ", "XXX", "XTS", "XAU", "XAG",
        "XPT", "XPD", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "CHE", "CHW", "CLF", "USN",
        "BOV", "MXV", "UYI"
      })
  void refusesCodesThatAreNotCurrenciesOneCanOwe(String code) {
    assertThatThrownBy(() -> Money.parse("1.00", code))
        .isInstanceOfSatisfying(
            InvalidMoneyException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CURRENCY));
  }

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {"EUR", "USD", "GBP", "CHF", "JPY", "XAF", "XOF", "XPF", "XCD"})
  void acceptsCirculatingCurrencies(String code) {
    assertThat(Money.parse("1", code).currencyCode()).isEqualTo(code);
  }

  @ParameterizedTest(name = "an amount of {0} characters is refused")
  @ValueSource(ints = {65, 10_000})
  void refusesVeryLongTextBeforeReadingIt(int length) {
    String text = "1." + "0".repeat(length - 2);

    assertThatThrownBy(() -> Money.parse(text, "EUR"))
        .isInstanceOfSatisfying(
            InvalidMoneyException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_AMOUNT));
  }

  @ParameterizedTest(name = "amount {0} with currency {1}")
  @CsvSource({"abc, XXX", "'', eur"})
  void reportsTheCurrencyFirstWhenBothAreWrong(String text, String code) {
    assertThatThrownBy(() -> Money.parse(text, code))
        .isInstanceOfSatisfying(
            InvalidMoneyException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CURRENCY));
  }

  @ParameterizedTest(name = "the message for \"{0}\" does not repeat it")
  @ValueSource(strings = {"secret-12", "1.00999"})
  void doesNotRepeatTheRefusedTextInTheMessage(String text) {
    assertThatThrownBy(() -> Money.parse(text, "EUR")).message().doesNotContain(text);
  }
}
