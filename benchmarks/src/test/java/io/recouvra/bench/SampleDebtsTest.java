package io.recouvra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleDebtsTest {

  private final SampleDebts debts = new SampleDebts("RUN1", 20);

  @Test
  void everyDebtHasItsOwnReferenceAndDebtorsRecur() {
    Set<String> references = new HashSet<>();
    Set<String> customers = new HashSet<>();
    IntStream.range(0, 100)
        .mapToObj(debts::registerDebtInput)
        .forEach(
            input -> {
              references.add(input.getString("externalReference"));
              customers.add(input.getJsonObject("debtor").getString("customerReference"));
            });

    assertThat(references).hasSize(100);
    assertThat(customers).hasSize(20);
  }

  @Test
  void aDebtorIsAlwaysSentWithTheSameDetails() {
    JsonObject first = debts.registerDebtInput(3).getJsonObject("debtor");
    JsonObject again = debts.registerDebtInput(23).getJsonObject("debtor");

    assertThat(again).isEqualTo(first);
  }

  @Test
  void amountsArePositiveDecimalStringsWithTwoDecimalsAndDueAfterIssue() {
    JsonObject input = debts.registerDebtInput(1);

    assertThat(input.getJsonObject("principal").getString("amount")).isEqualTo("89.19");
    assertThat(debts.principal(1)).isEqualByComparingTo(new BigDecimal("89.19"));
    assertThat(LocalDate.parse(input.getString("dueOn")))
        .isEqualTo(LocalDate.parse(input.getString("issuedOn")).plusDays(30));
  }
}
