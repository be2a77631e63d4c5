package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Nothing may be added to a debtor's balance in the amicable phase beyond the principal, interest,
 * penalties and the fixed indemnity (CPCE L111-8; domain-rules.md section 4): a new kind of charge,
 * a collection fee above all, must fail here and be argued in an ADR first.
 */
class LedgerEntryKindTest {

  @Test
  void theOnlyChargesAreThePrincipalTheAccrualsAndTheIndemnity() {
    assertThat(
            Arrays.stream(LedgerEntryKind.values())
                .filter(k -> k.effect() == LedgerEntryKind.Effect.CHARGE))
        .containsExactlyInAnyOrder(
            LedgerEntryKind.PRINCIPAL, LedgerEntryKind.ACCRUAL, LedgerEntryKind.INDEMNITY);
  }
}
