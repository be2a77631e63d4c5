package io.recouvra.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordingTest {

  /**
   * Words that suggest a judicial measure, which an amicable document must never use
   * (domain-rules.md, section 6), in French and English.
   */
  private static final List<String> JUDICIAL_WORDS =
      List.of(
          "huissier",
          "saisie",
          "saisir",
          "commissaire de justice",
          "commandement",
          "sommation",
          "poursuite",
          "dernier avis",
          "tribunal",
          "contentieux",
          "injonction",
          "mise en demeure",
          "bailiff",
          "court",
          "enforcement",
          "seize",
          "seizure",
          "legal action",
          "proceedings",
          "final notice",
          "summons");

  private static Properties bundle(String language) throws IOException {
    Properties messages = new Properties();
    String name = "documents/messages_" + language + ".properties";
    try (InputStream in = WordingTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return messages;
  }

  @Test
  void bothLanguagesHaveTheSameTexts() throws IOException {
    assertThat(bundle("en").stringPropertyNames())
        .isNotEmpty()
        .isEqualTo(bundle("fr").stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void noTextSuggestsAJudicialMeasure(String language) throws IOException {
    Properties messages = bundle(language);
    for (String key : messages.stringPropertyNames()) {
      String text = messages.getProperty(key).toLowerCase(Locale.ROOT);
      assertThat(JUDICIAL_WORDS).as(key).noneMatch(word -> text.matches("(?s).*\\b" + word + ".*"));
    }
  }

  @Test
  void readsTheBundleAsUtf8() {
    assertThat(Wording.of(Locale.FRENCH).text("statement.column.issuedOn")).isEqualTo("Émise le");
  }

  @Test
  void writesDatesInTheReadersLanguage() {
    LocalDate day = LocalDate.of(2026, 2, 3);

    assertThat(Wording.of(Locale.FRENCH).longDate(day)).isEqualTo("3 février 2026");
    assertThat(Wording.of(Locale.FRENCH).shortDate(day)).isEqualTo("03/02/2026");
    assertThat(Wording.of(Locale.ENGLISH).longDate(day)).isEqualTo("3 February 2026");
    assertThat(Wording.of(Locale.ENGLISH).shortDate(day)).isEqualTo("3 Feb 2026");
  }

  @Test
  void fillsPlaceholdersWithTheValuesAsGiven() {
    assertThat(Wording.of(Locale.FRENCH).text("footer.document", "{1} $1 l'", "X", "Y"))
        .isEqualTo("{1} $1 l' du X – réf. Y");
  }

  @Test
  void writesInFrenchToAReaderOfAnotherLanguageAndInEnglishToAnyEnglishReader() {
    assertThat(Wording.of(Locale.GERMAN).language()).isEqualTo(Locale.FRENCH);
    assertThat(Wording.of(Locale.UK).language()).isEqualTo(Locale.ENGLISH);
    assertThat(Wording.of(Locale.CANADA_FRENCH).text("statement.title"))
        .isEqualTo("Relevé de compte");
  }
}
