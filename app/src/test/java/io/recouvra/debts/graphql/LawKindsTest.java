package io.recouvra.debts.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.graphql.LawKinds.PeriodKindType;
import io.recouvra.debts.graphql.LawKinds.RateKindType;
import io.recouvra.debts.graphql.LawKinds.RegimeType;
import io.recouvra.debts.graphql.LawKinds.TermKindType;
import io.recouvra.debts.law.LimitationRegime;
import io.recouvra.debts.law.PeriodKind;
import io.recouvra.debts.law.RateKind;
import io.recouvra.debts.law.TermKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's kinds are the rules' kinds, one for one and in the same order. */
class LawKindsTest {

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  @Test
  void eachApiEnumNamesExactlyTheKindsOfItsTable() {
    assertThat(names(RateKindType.values())).isEqualTo(names(RateKind.values()));
    assertThat(names(TermKindType.values())).isEqualTo(names(TermKind.values()));
    assertThat(names(PeriodKindType.values())).isEqualTo(names(PeriodKind.values()));
    assertThat(names(RegimeType.values())).isEqualTo(names(LimitationRegime.values()));
  }
}
