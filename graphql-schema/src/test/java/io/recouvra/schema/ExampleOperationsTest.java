package io.recouvra.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example operations in {@code operations/} are valid against the committed schema. */
class ExampleOperationsTest {

  private static GraphQLSchema schema;

  @BeforeAll
  static void loadSchema() {
    schema = PublishedSchema.load();
  }

  static List<ExampleOperation> operations() {
    return ExampleOperation.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void isValidAgainstTheSchema(ExampleOperation operation) {
    assertThat(operation.errorsAgainst(schema))
        .as("%s against %s", operation.fileName(), PublishedSchema.file())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void holdsOneNamedOperation(ExampleOperation operation) {
    assertThat(operation.operations())
        .as(operation.fileName())
        .singleElement()
        .extracting(OperationDefinition::getName)
        .isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void saysWhoUsesIt(ExampleOperation operation) {
    assertThat(operation.text()).as(operation.fileName()).startsWith("# Used by: ");
  }

  @Test
  void coverTheOperationsClientsNeed() {
    Set<String> rootFields =
        operations().stream()
            .flatMap(operation -> operation.operations().stream())
            .flatMap(
                definition ->
                    definition.getSelectionSet().getSelectionsOfType(Field.class).stream())
            .map(Field::getName)
            .collect(Collectors.toSet());

    assertThat(rootFields)
        .contains(
            "registerDebt",
            "updateDebt",
            "cancelDebt",
            "debt",
            "debts",
            "debtors",
            "node",
            "createCreditor");
  }

  @Test
  void anOperationThatDoesNotMatchTheSchemaIsReportedWithItsFileName() {
    GraphQLSchema tiny =
        PublishedSchema.fromText(
            """
            "A date."
            scalar Date
            "Root."
            type Query {
              "Today."
              today: Date
            }
            """);
    ExampleOperation wrong =
        new ExampleOperation("wrong.graphql", "query Wrong { today tomorrow(days: 1) }");

    assertThat(wrong.errorsAgainst(tiny))
        .singleElement()
        .asString()
        .startsWith("wrong.graphql: ")
        .contains("tomorrow");
  }
}
