package io.recouvra.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recouvra.shared.money.InvalidMoneyException.Reason;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), EUR);
  }

  @Test
  void normalisesTheScaleToTheMinorUnit() {
    assertThat(eur("120.5").amount().scale()).isEqualTo(2);
    assertThat(Money.of(new BigDecimal("1E+3"), EUR).amountText()).isEqualTo("1000.00");
    assertThat(Money.of(new BigDecimal("1000.000"), JPY).amount().scale()).isZero();
    assertThat(Money.of(new BigDecimal("1E+6"), JPY).amountText()).isEqualTo("1000000");
  }

  @Test
  void isEqualByValueWhateverTheScaleItWasWrittenWith() {
    Money written = eur("120.5");
    Money other = Money.parse("120.500", "EUR");

    assertThat(written).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(written).isNotEqualTo(Money.of(new BigDecimal("120.50"), USD));
    assertThat(written).isNotEqualTo(eur("120.51"));
  }

  @Test
  void refusesMoreDecimalsThanTheMinorUnitWhenBuilt() {
    assertThatThrownBy(() -> eur("1.005"))
        .isInstanceOfSatisfying(
            InvalidMoneyException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_DECIMALS));
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.1"), JPY))
        .isInstanceOf(InvalidMoneyException.class);
  }

  @Test
  void refusesCurrenciesWithoutAMinorUnitWhenBuilt() {
    assertThatThrownBy(() -> Money.zero(Currency.getInstance("XAU")))
        .isInstanceOfSatisfying(
            InvalidMoneyException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CURRENCY));
  }

  @Test
  void refusesMissingParts() {
    assertThatThrownBy(() -> Money.of(null, EUR)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void zeroIsNothingAtTheScaleOfTheCurrency() {
    assertThat(Money.zero(EUR).amountText()).isEqualTo("0.00");
    assertThat(Money.zero(JPY).amountText()).isEqualTo("0");
    assertThat(Money.zero(EUR).isZero()).isTrue();
  }

  @ParameterizedTest(name = "{0} + {1} = {2}, {0} - {1} = {3}")
  @CsvSource({
    "120.50, 9.50, 130.00, 111.00",
    "0.10, 0.20, 0.30, -0.10",
    "-3.00, 3, 0.00, -6.00",
    "999999999999999.99, 0.01, 1000000000000000.00, 999999999999999.98"
  })
  void addsAndSubtractsExactly(String left, String right, String sum, String difference) {
    assertThat(eur(left).plus(eur(right))).isEqualTo(eur(sum));
    assertThat(eur(left).minus(eur(right))).isEqualTo(eur(difference));
  }

  @Test
  void negatesAndDropsTheSign() {
    assertThat(eur("12.30").negate()).isEqualTo(eur("-12.30"));
    assertThat(eur("-12.30").negate()).isEqualTo(eur("12.30"));
    assertThat(eur("-12.30").abs()).isEqualTo(eur("12.30"));
    assertThat(eur("0").negate()).isEqualTo(eur("0"));
  }

  @ParameterizedTest(name = "{0}: positive {1}, negative {2}, zero {3}")
  @CsvSource({
    "0.01, true, false, false",
    "-0.01, false, true, false",
    "0, false, false, true",
    "-0.00, false, false, true"
  })
  void tellsItsSign(String amount, boolean positive, boolean negative, boolean zero) {
    Money money = eur(amount);

    assertThat(money.isPositive()).isEqualTo(positive);
    assertThat(money.isNegative()).isEqualTo(negative);
    assertThat(money.isZero()).isEqualTo(zero);
  }

  @Test
  void comparesAmountsOfOneCurrency() {
    assertThat(eur("10.01").isGreaterThan(eur("10.00"))).isTrue();
    assertThat(eur("10.00").isGreaterThan(eur("10.00"))).isFalse();
    assertThat(eur("-5").isLessThan(eur("0"))).isTrue();
    assertThat(eur("10.00").isLessThan(eur("10.0"))).isFalse();
    assertThat(eur("3").max(eur("4"))).isEqualTo(eur("4"));
    assertThat(eur("3").min(eur("4"))).isEqualTo(eur("3"));
  }

  @Test
  void refusesToMixCurrencies() {
    Money euros = eur("1.00");
    Money dollars = Money.of(BigDecimal.ONE, USD);

    Stream.<Runnable>of(
            () -> euros.plus(dollars),
            () -> euros.minus(dollars),
            () -> euros.isGreaterThan(dollars),
            () -> euros.isLessThan(dollars),
            () -> euros.max(dollars),
            () -> Money.requireSameCurrency(euros, dollars))
        .forEach(
            operation ->
                assertThatThrownBy(operation::run)
                    .isInstanceOfSatisfying(
                        CurrencyMismatchException.class,
                        e -> {
                          assertThat(e.expected()).isEqualTo(EUR);
                          assertThat(e.actual()).isEqualTo(USD);
                        }));
  }

  @Test
  void acceptsTheSameCurrency() {
    Money.requireSameCurrency(eur("1"), eur("2"));

    assertThat(eur("1").plus(eur("2")).currency()).isEqualTo(EUR);
  }

  @ParameterizedTest(name = "{0} x {1} rounded {2} = {3}")
  @CsvSource({
    "100.00, 0.1215, HALF_EVEN, 12.15",
    "10.00, 0.333333, HALF_UP, 3.33",
    "0.05, 0.5, HALF_UP, 0.03",
    "0.05, 0.5, HALF_EVEN, 0.02",
    "0.05, 0.5, DOWN, 0.02",
    "0.05, 0.5, CEILING, 0.03",
    "-0.05, 0.5, HALF_UP, -0.03",
    "-0.05, 0.5, FLOOR, -0.03",
    "1234.56, 0, HALF_UP, 0.00",
    "40.00, 3, UNNECESSARY, 120.00",
    "1500.00, 0.0000001, UP, 0.01"
  })
  void multipliesAndRoundsToTheMinorUnit(
      String amount, String factor, RoundingMode mode, String expected) {
    assertThat(eur(amount).times(new BigDecimal(factor), mode)).isEqualTo(eur(expected));
  }

  @Test
  void multipliesYenToWholeYen() {
    Money yen = Money.of(new BigDecimal("1000"), JPY);

    assertThat(yen.times(new BigDecimal("0.105"), RoundingMode.HALF_UP).amountText())
        .isEqualTo("105");
  }

  @Test
  void refusesToRoundWhenToldRoundingIsUnnecessary() {
    assertThatThrownBy(() -> eur("0.05").times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0} {1} shows as \"{2}\"")
  @CsvSource({
    "120.5, EUR, 120.50 EUR",
    "-3, EUR, -3.00 EUR",
    "1000, JPY, 1000 JPY",
    "12345678901.1, USD, 12345678901.10 USD",
    "0.001, KWD, 0.001 KWD"
  })
  void showsPlainAmountAndCode(String amount, String code, String expected) {
    Money money = Money.of(new BigDecimal(amount), Currency.getInstance(code));

    assertThat(money).hasToString(expected);
    assertThat(money.amountText() + " " + money.currencyCode()).isEqualTo(expected);
  }

  @Test
  void neverShowsAnExponent() {
    Money large = Money.of(new BigDecimal("1E+10"), EUR);
    Money small = Money.of(new BigDecimal("1E-2"), EUR);

    assertThat(large.amountText()).isEqualTo("10000000000.00");
    assertThat(small.amountText()).isEqualTo("0.01");
  }

  @Test
  void hasNoFloatingPointInItsApi() {
    Stream<Class<?>> types =
        Stream.concat(
            Arrays.stream(Money.class.getDeclaredMethods())
                .flatMap(m -> Stream.concat(Stream.of(m.getReturnType()), parameters(m))),
            Arrays.stream(Money.class.getRecordComponents()).map(RecordComponent::getType));

    assertThat(types).doesNotContain(double.class, float.class, Double.class, Float.class);
  }

  private static Stream<Class<?>> parameters(Method method) {
    return Arrays.stream(method.getParameterTypes());
  }
}
