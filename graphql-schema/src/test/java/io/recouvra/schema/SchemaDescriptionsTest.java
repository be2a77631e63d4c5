package io.recouvra.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every type, field and argument of the committed schema is described (design.md). */
class SchemaDescriptionsTest {

  @Test
  void everyTypeFieldAndArgumentOfTheSchemaIsDescribed() {
    List<String> undocumented = UndocumentedElements.in(PublishedSchema.load());

    assertThat(undocumented)
        .withFailMessage(
            "%d undocumented in %s:%n  %s",
            undocumented.size(), PublishedSchema.file(), String.join("\n  ", undocumented))
        .isEmpty();
  }

  @Test
  void undocumentedTypesFieldsInputFieldsAndArgumentsAreAllListed() {
    String sdl =
        """
        type Query {
          "A debt."
          debt(id: ID!): Debt
          debts("Page size." first: Int): [Debt!]!
        }
        type Debt {
          "The id."
          id: ID!
          status: String
        }
        "Described."
        input DebtFilter {
          "Described."
          status: String
          dueFrom: String
        }
        "Described."
        enum DebtStatus {
          OPEN
        }
        scalar Date
        """;

    List<String> undocumented = UndocumentedElements.in(PublishedSchema.fromText(sdl));

    assertThat(undocumented)
        .containsExactlyInAnyOrder(
            "argument Query.debt(id)",
            "field Query.debts",
            "type Debt",
            "field Debt.status",
            "input field DebtFilter.dueFrom",
            "type Date");
  }
}
