package io.recouvra.documents.internal;

import static io.recouvra.documents.internal.StatementExamples.PRODUCED_AT;
import static io.recouvra.documents.internal.StatementExamples.creditor;
import static io.recouvra.documents.internal.StatementExamples.debtor;
import static io.recouvra.documents.internal.StatementExamples.debts;
import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorView;
import io.recouvra.debts.PostalAddress;
import io.recouvra.documents.RenderedDocument;
import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a reader of the statement finds in it, read back from the PDF by text extraction. */
class DebtStatementTextTest {

  private static RenderedDocument statement(Locale language, List<DebtView> debts) {
    return new DebtStatement(creditor(), debtor(language), debts, PRODUCED_AT).render();
  }

  private static String textOf(RenderedDocument document) {
    try (PdfContent pdf = new PdfContent(document.content())) {
      return pdf.text();
    }
  }

  @Test
  void frenchStatementIsInFrenchWithItsAccentsAndEuroSigns() {
    String text = textOf(statement(Locale.FRENCH, debts()));

    assertThat(text)
        .contains("Relevé de compte")
        .contains("Énergies de l’Ouest SAS", "12 rue de la Chaîne", "44000 Nantes")
        .contains("SIREN 732 829 320")
        .contains("Françoise Lefèvre-Bœuf", "3 allée des Œillets", "Résidence « Les Pins »")
        .contains("Nantes, le 5 décembre 2026")
        .contains("Votre référence client : C-042")
        .contains("Abonnement « Sérénité » – cœur de", "Régularisation d’été à Noël, reçu n° 7")
        .contains("Émise le", "Échéance", "Reste dû", "Comment régler")
        .contains("01/09/2026", "01/10/2026")
        .doesNotContain("Statement of account", "How to pay");
  }

  @Test
  void frenchAmountsAndTheTotalAreWrittenTheFrenchWay() {
    String text = textOf(statement(Locale.FRENCH, debts()));

    // principal and balance of each open debt, and 1 234,56 + 40,00 + 12 500,50 = 13 775,06
    assertThat(text)
        .contains("89,90 €", "40,00 €", "1 234,56 €", "15 000,00 €", "12 500,50 €")
        .contains("Total restant dû (EUR)13 775,06 €");
  }

  @Test
  void frenchAmountsKeepTheirGroupsAndSymbolTogetherWithNoBreakSpaces() {
    try (PdfContent pdf = new PdfContent(statement(Locale.FRENCH, debts()).content())) {
      assertThat(pdf.rawText()).containsPattern("13 ?\u00a0 ?775,06 ?\u00a0 ?€");
    }
  }

  @Test
  void englishStatementIsInEnglishWithAmountsWrittenTheEnglishWay() {
    String text = textOf(statement(Locale.ENGLISH, debts()));

    assertThat(text)
        .contains("Statement of account", "How to pay", "Balance")
        .contains("Nantes, 5 December 2026")
        .contains("Your customer reference: C-042")
        .contains("1 Sep 2026", "1 Oct 2026")
        .contains("€89.90", "€40.00", "€1,234.56", "€15,000.00", "€12,500.50")
        .contains("Total balance (EUR)€13,775.06")
        .contains("Françoise Lefèvre-Bœuf", "Abonnement « Sérénité » – cœur de")
        .doesNotContain("Relevé de compte", "Reste dû");
  }

  @Test
  void tellsHowToPayWithTheAccountAndEachDebtsReferenceInGroupsOfFour() {
    String text = textOf(statement(Locale.FRENCH, debts()));

    assertThat(text)
        .contains("IBAN FR76 3000 6000 0112 3456 7890 189")
        .contains("BIC AGRIFRPP")
        .contains("FAC-2026-001 RF18 5390 0754 7034")
        .contains("FAC-2026-002 RF49 N73G BST7 3AKL 38ZX")
        .contains("FAC-2026-003 RF71 2348 231")
        .doesNotContain("RF18539007547034");
  }

  @Test
  void listsOpenDebtsByDueDateAndLeavesClosedOnesOut() {
    String text = textOf(statement(Locale.FRENCH, debts()));

    assertThat(text).doesNotContain("FAC-CLOSED", "300,00");
    // due 15/09, 01/10 and 10/11 in the table, then in the same order in the payment references
    assertThat(text)
        .containsSubsequence("FAC-2026-002", "FAC-2026-001", "FAC-2026-003")
        .containsSubsequence("RF49 N73G", "RF18 5390", "RF71 2348");
  }

  @Test
  void totalsEachCurrencyApart() {
    List<DebtView> debts =
        List.of(
            StatementExamples.open(
                "EUR-1",
                "Eau",
                "10.00",
                "10.00",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1),
                StatementExamples.FIRST_REFERENCE),
            StatementExamples.debt(
                "USD-1",
                Optional.empty(),
                Money.parse("25.50", "USD"),
                Money.parse("25.50", "USD"),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 1),
                DebtStatus.OPEN,
                StatementExamples.SECOND_REFERENCE),
            StatementExamples.open(
                "EUR-2",
                "Gaz",
                "5.25",
                "5.25",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 1),
                StatementExamples.THIRD_REFERENCE));

    String text = textOf(statement(Locale.ENGLISH, debts));

    assertThat(text).contains("Total balance (EUR)€15.25").contains("Total balance (USD)$25.50");
  }

  @Test
  void aDebtorWhoOwesNothingIsToldSoWithoutPaymentInstructions() {
    String text = textOf(statement(Locale.FRENCH, List.of(debts().get(3))));

    assertThat(text)
        .contains("Aucune somme ne reste due à ce jour.")
        .doesNotContain("Comment régler", "IBAN", "Total restant dû");
  }

  @Test
  void addressesADebtorAbroadWithTheirCountryAndOneWithoutAddressByNameAlone() {
    DebtorView abroad =
        withAddress(
            Optional.of(new PostalAddress(List.of("Rue Haute 5"), "1000", "Bruxelles", "BE")));
    DebtorView unknownAddress = withAddress(Optional.empty());

    String abroadText =
        textOf(new DebtStatement(creditor(), abroad, debts(), PRODUCED_AT).render());
    String nameOnlyText =
        textOf(new DebtStatement(creditor(), unknownAddress, debts(), PRODUCED_AT).render());

    assertThat(abroadText).contains("Rue Haute 5\n 1000 Bruxelles\n BELGIQUE");
    assertThat(nameOnlyText)
        .contains("Françoise Lefèvre-Bœuf\n Nantes, le 5 décembre 2026")
        .doesNotContain("Rennes");
  }

  private static DebtorView withAddress(Optional<PostalAddress> address) {
    DebtorView debtor = debtor(Locale.FRENCH);
    return new DebtorView(
        debtor.id(),
        debtor.creditor(),
        debtor.customerReference(),
        debtor.type(),
        debtor.name(),
        address,
        debtor.email(),
        debtor.phone(),
        debtor.language(),
        debtor.timeZone());
  }

  @Test
  void isOfferedAsAPdfNamedAfterTheDocumentTheCustomerAndTheDay() {
    assertThat(statement(Locale.FRENCH, debts()).fileName())
        .isEqualTo("releve-de-compte-C-042-20261205.pdf");
    assertThat(statement(Locale.ENGLISH, debts()).fileName())
        .isEqualTo("statement-of-account-C-042-20261205.pdf");
    assertThat(statement(Locale.ENGLISH, debts()).mediaType()).isEqualTo("application/pdf");
  }

  @Test
  void rendersTheSameTextEveryTime() {
    assertThat(textOf(statement(Locale.FRENCH, debts())))
        .isEqualTo(textOf(statement(Locale.FRENCH, debts())));
  }
}
