package io.recouvra.documents.internal;

import static io.recouvra.documents.internal.StatementExamples.PRODUCED_AT;
import static io.recouvra.documents.internal.StatementExamples.creditor;
import static io.recouvra.documents.internal.StatementExamples.debtor;
import static io.recouvra.documents.internal.StatementExamples.debts;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import io.recouvra.debts.DebtView;
import io.recouvra.shared.reference.CreditorReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statement as a PDF file: fonts, metadata, pages, and nothing active inside. */
class DebtStatementPdfTest {

  private static byte[] statement(Locale language, List<DebtView> debts) {
    return new DebtStatement(creditor(), debtor(language), debts, PRODUCED_AT).render().content();
  }

  @Test
  void embedsEveryFontAsASubsetWithAUnicodeMap() {
    try (PdfContent pdf = new PdfContent(statement(Locale.FRENCH, debts()))) {
      List<PdfDictionary> fonts = pdf.fonts();
      List<PdfDictionary> composite =
          fonts.stream().filter(f -> PdfName.TYPE0.equals(f.get(PdfName.SUBTYPE))).toList();

      assertThat(composite).hasSizeGreaterThanOrEqualTo(2);
      for (PdfDictionary font : composite) {
        assertThat(font.getAsName(PdfName.BASEFONT).toString())
            .matches("/[A-Z]{6}\\+Liberation(Sans|Sans-Bold|Mono)");
        assertThat(font.getAsName(PdfName.ENCODING)).isEqualTo(new PdfName("Identity-H"));
        assertThat(font.get(PdfName.TOUNICODE)).isNotNull();
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary cidFont = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
        PdfDictionary descriptor = cidFont.getAsDict(PdfName.FONTDESCRIPTOR);
        assertThat(descriptor.get(PdfName.FONTFILE2)).isNotNull();
      }
      // a font that is neither composite nor one's descendant would be a standard, unembedded one
      assertThat(fonts)
          .allSatisfy(
              f -> assertThat(f.get(PdfName.SUBTYPE)).isIn(PdfName.TYPE0, PdfName.CIDFONTTYPE2));
    }
  }

  @Test
  void namesItsTitleCreatorAuthorLanguageAndDate() {
    try (PdfContent pdf = new PdfContent(statement(Locale.FRENCH, debts()))) {
      Map<String, String> info = pdf.reader().getInfo();
      assertThat(info)
          .containsEntry("Title", "Relevé de compte C-042-20261205")
          .containsEntry("Creator", "Recouvra")
          .containsEntry("Author", "Énergies de l’Ouest SAS");
      assertThat(PdfDate.decode(info.get("CreationDate")).toInstant())
          .isEqualTo(PRODUCED_AT.toInstant());
      assertThat(pdf.reader().getCatalog().get(PdfName.LANG).toString()).isEqualTo("fr");
    }
    try (PdfContent pdf = new PdfContent(statement(Locale.ENGLISH, debts()))) {
      assertThat(pdf.reader().getCatalog().get(PdfName.LANG).toString()).isEqualTo("en");
      assertThat(pdf.reader().getInfo())
          .containsEntry("Title", "Statement of account C-042-20261205");
    }
  }

  @Test
  void containsNoJavaScriptNorAnyAction() {
    byte[] bytes = statement(Locale.FRENCH, debts());
    try (PdfContent pdf = new PdfContent(bytes)) {
      PdfDictionary catalog = pdf.reader().getCatalog();
      assertThat(catalog.get(PdfName.OPENACTION)).isNull();
      assertThat(catalog.get(PdfName.AA)).isNull();
      assertThat(catalog.get(PdfName.NAMES)).isNull();
      assertThat(pdf.dictionaries())
          .isNotEmpty()
          .allSatisfy(
              d -> {
                assertThat(d.get(PdfName.JS)).isNull();
                assertThat(d.get(PdfName.S)).isNotEqualTo(PdfName.JAVASCRIPT);
                assertThat(d.get(PdfName.AA)).isNull();
                assertThat(d.get(PdfName.A)).isNull();
              });
    }
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
        .doesNotContain("/JavaScript", "/JS", "/Launch", "/EmbeddedFile");
  }

  @Test
  void manyDebtsRunOverSeveralNumberedPagesWithTheirColumnHeadersRepeated() {
    List<DebtView> many = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      String amount = new BigDecimal("10.01").multiply(BigDecimal.valueOf(i)).toPlainString();
      many.add(
          StatementExamples.open(
              String.format("FAC-%03d", i),
              "Consommation du mois n° " + i,
              amount,
              amount,
              LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 1, 1).plusDays(i),
              CreditorReference.forBody(String.format("FAC%03d", i))));
    }

    try (PdfContent pdf = new PdfContent(statement(Locale.FRENCH, many))) {
      int pages = pdf.pages();
      assertThat(pages).isGreaterThanOrEqualTo(3);
      for (int page = 1; page <= pages; page++) {
        assertThat(pdf.page(page)).containsPattern("Page " + page + " ?/ ?" + pages + "\\b");
      }
      assertThat(pdf.page(2)).contains("Sommes restant dues", "Reste dû");
      String text = pdf.text();
      assertThat(text).contains("FAC-001", "FAC-030", "FAC-060");
      // 10,01 + 20,02 + ... + 600,60 = 10,01 × (1 + 2 + ... + 60) = 10,01 × 1 830
      assertThat(text).contains("Total restant dû (EUR)18 318,30 €");
    }
  }
}
