package io.recouvra.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws that hold for any amounts, checked over a fixed sample of random ones. */
class MoneyPropertiesTest {

  private static final String[] CODES = {"EUR", "JPY", "KWD", "USD"};

  static Stream<Arguments> pairs() {
    SplittableRandom random = new SplittableRandom(20_261_201L);
    return Stream.generate(() -> pair(random)).limit(100);
  }

  private static Arguments pair(SplittableRandom random) {
    Currency currency = Currency.getInstance(CODES[random.nextInt(CODES.length)]);
    return Arguments.of(amount(random, currency), amount(random, currency));
  }

  private static Money amount(SplittableRandom random, Currency currency) {
    long unscaled = random.nextLong(-100_000_000_000_000L, 100_000_000_000_000L);
    return Money.of(BigDecimal.valueOf(unscaled, currency.getDefaultFractionDigits()), currency);
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void subtractingWhatWasAddedGivesTheStart(Money a, Money b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void additionDoesNotDependOnOrder(Money a, Money b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void anAmountPlusItsNegationIsZero(Money a, Money b) {
    assertThat(a.plus(a.negate()).isZero()).isTrue();
    assertThat(b.minus(b)).isEqualTo(Money.zero(b.currency()));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void readingTheAmountTextGivesTheSameMoney(Money a, Money b) {
    assertThat(Money.parse(a.amountText(), a.currencyCode())).isEqualTo(a);
    assertThat(Money.parse(b.amountText(), b.currencyCode())).isEqualTo(b);
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void exactlyOneOrderHolds(Money a, Money b) {
    int holding = (a.isGreaterThan(b) ? 1 : 0) + (a.isLessThan(b) ? 1 : 0) + (a.equals(b) ? 1 : 0);

    assertThat(holding).isEqualTo(1);
    assertThat(a.isGreaterThan(b)).isEqualTo(b.isLessThan(a));
    assertThat(a.minus(b).isPositive()).isEqualTo(a.isGreaterThan(b));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void multiplyingByOneChangesNothing(Money a, Money b) {
    assertThat(a.times(BigDecimal.ONE, RoundingMode.UNNECESSARY)).isEqualTo(a);
    assertThat(b.times(BigDecimal.ONE.negate(), RoundingMode.UNNECESSARY)).isEqualTo(b.negate());
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void roundingAShareStaysWithinOneMinorUnit(Money a, Money b) {
    BigDecimal share = new BigDecimal("0.37");
    BigDecimal exact = a.amount().multiply(share);
    BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(a.currency().getDefaultFractionDigits());

    BigDecimal down = a.times(share, RoundingMode.FLOOR).amount();
    BigDecimal up = a.times(share, RoundingMode.CEILING).amount();

    assertThat(down).isLessThanOrEqualTo(exact);
    assertThat(up).isGreaterThanOrEqualTo(exact);
    assertThat(up.subtract(down)).isLessThanOrEqualTo(minorUnit);
  }
}
