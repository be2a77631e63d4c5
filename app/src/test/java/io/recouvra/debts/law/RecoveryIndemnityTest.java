package io.recouvra.debts.law;

import static io.recouvra.debts.law.LatePaymentPenaltiesTest.day;
import static io.recouvra.debts.law.LatePaymentPenaltiesTest.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.DebtorType;
import org.junit.jupiter.api.Test;

/** The fixed 40 EUR recovery indemnity (Code de commerce L441-10, D441-5). */
class RecoveryIndemnityTest {

  private static final RecoveryIndemnity INDEMNITY = new RecoveryIndemnity(LawTablesCsv.seed());

  @Test
  void anInvoicePaidLateBetweenProfessionalsOwesFortyEuros() {
    assertThat(INDEMNITY.owed(claim(true, DebtorType.PROFESSIONAL, "2025-04-01", false)))
        .contains(eur("40.00"));
  }

  @Test
  void anInvoicePaidOnTheDueDateOwesNothing() {
    assertThat(INDEMNITY.owed(claim(true, DebtorType.PROFESSIONAL, "2025-03-31", false))).isEmpty();
  }

  @Test
  void aConsumerOrANonProfessionalDebtorOwesNothing() {
    assertThat(INDEMNITY.owed(claim(true, DebtorType.CONSUMER, "2025-05-01", false))).isEmpty();
    assertThat(INDEMNITY.owed(claim(true, DebtorType.NON_PROFESSIONAL, "2025-05-01", false)))
        .isEmpty();
  }

  @Test
  void aCreditorOutsideTradeClaimsNone() {
    assertThat(INDEMNITY.owed(claim(false, DebtorType.PROFESSIONAL, "2025-05-01", false)))
        .isEmpty();
  }

  @Test
  void aCollectiveProceedingBarsIt() {
    assertThat(INDEMNITY.owed(claim(true, DebtorType.PROFESSIONAL, "2025-05-01", true))).isEmpty();
  }

  @Test
  void aPublicBuyerOwesThePublicSectorAmount() {
    assertThat(INDEMNITY.owed(claim(true, DebtorType.PUBLIC_ENTITY, "2025-05-01", false)))
        .contains(eur("40.00"));
  }

  private static IndemnityClaim claim(
      boolean professionalCreditor, DebtorType debtor, String paidOn, boolean barred) {
    return new IndemnityClaim(professionalCreditor, debtor, day("2025-03-31"), day(paidOn), barred);
  }
}
