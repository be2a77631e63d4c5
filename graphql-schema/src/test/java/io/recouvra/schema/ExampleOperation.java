package io.recouvra.schema;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One file of {@code graphql-schema/operations/}: a named operation a client sends. */
record ExampleOperation(String fileName, String text) {

  static final String OPERATIONS_PROPERTY = "recouvra.operations";

  static List<ExampleOperation> all() {
    Path folder = Path.of(System.getProperty(OPERATIONS_PROPERTY, "operations"));
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".graphql"))
          .sorted()
          .map(ExampleOperation::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExampleOperation read(Path file) {
    try {
      return new ExampleOperation(file.getFileName().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Syntax and validation errors against the schema, each prefixed with the file name. */
  List<String> errorsAgainst(GraphQLSchema schema) {
    ParseAndValidateResult result =
        ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput(text).build());
    return result.getErrors().stream().map(this::describe).toList();
  }

  /** The operation definitions of the document (the file must hold exactly one, named). */
  List<OperationDefinition> operations() {
    ParseAndValidateResult parsed =
        ParseAndValidate.parse(ExecutionInput.newExecutionInput(text).build());
    Document document = parsed.getDocument();
    return document == null ? List.of() : document.getDefinitionsOfType(OperationDefinition.class);
  }

  private String describe(GraphQLError error) {
    return fileName + ": " + error.getMessage() + " at " + error.getLocations();
  }

  @Override
  public String toString() {
    return fileName;
  }
}
