package io.recouvra.schema;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed schema ({@code graphql-schema/schema.graphql}, or the file named by the system
 * property {@code recouvra.schema}), read with the graphql-java version SmallRye GraphQL uses.
 */
final class PublishedSchema {

  static final String PROPERTY = "recouvra.schema";

  private PublishedSchema() {}

  static Path file() {
    return Path.of(System.getProperty(PROPERTY, "schema.graphql"));
  }

  static GraphQLSchema load() {
    Path file = file();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "No schema at " + file.toAbsolutePath() + " (set -D" + PROPERTY + " to test another)");
    }
    try {
      return fromText(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds a schema without resolvers. Custom scalars (Date, DateTime, BigDecimal, BigInteger and
   * any other) must be declared in the text, as SmallRye declares them; the generator gives each a
   * pass-through coercing so operations using them validate.
   */
  static GraphQLSchema fromText(String sdl) {
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
  }
}
