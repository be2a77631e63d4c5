package io.recouvra.schema;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The types, fields, input fields and arguments of a schema that carry no description (design.md:
 * "every type and field described"). Left out: introspection types and fields ({@code __}), the
 * built-in scalars, federation additions ({@code _Service}, {@code _entities}, {@code
 * link__Import}, {@code FieldSet} and the like) and the root operation types themselves, which
 * SmallRye generates without a description (their fields are checked).
 */
final class UndocumentedElements {

  private static final Set<String> BUILT_IN_SCALARS =
      Set.of("String", "Int", "Float", "Boolean", "ID");
  private static final Set<String> FEDERATION_TYPES = Set.of("FieldSet", "_FieldSet", "_Any");

  private UndocumentedElements() {}

  /** Paths such as {@code Debt.balance} or {@code Query.debts(first)}, in schema order. */
  static List<String> in(GraphQLSchema schema) {
    List<String> undocumented = new ArrayList<>();
    Set<GraphQLObjectType> roots = rootTypes(schema);
    for (GraphQLNamedType type : schema.getAllTypesAsList()) {
      if (isBuiltIn(type)) {
        continue;
      }
      if (!roots.contains(type) && isBlank(type.getDescription())) {
        undocumented.add("type " + type.getName());
      }
      if (type instanceof GraphQLFieldsContainer container) {
        container.getFieldDefinitions().stream()
            .filter(field -> !field.getName().startsWith("_"))
            .forEach(field -> addField(type.getName(), field, undocumented));
      }
      if (type instanceof GraphQLInputObjectType input) {
        for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
          if (isBlank(field.getDescription())) {
            undocumented.add("input field " + type.getName() + "." + field.getName());
          }
        }
      }
    }
    return undocumented;
  }

  private static void addField(String owner, GraphQLFieldDefinition field, List<String> found) {
    String path = owner + "." + field.getName();
    if (isBlank(field.getDescription())) {
      found.add("field " + path);
    }
    for (GraphQLArgument argument : field.getArguments()) {
      if (isBlank(argument.getDescription())) {
        found.add("argument " + path + "(" + argument.getName() + ")");
      }
    }
  }

  private static Set<GraphQLObjectType> rootTypes(GraphQLSchema schema) {
    return Set.copyOf(
        Stream.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType())
            .filter(Objects::nonNull)
            .toList());
  }

  private static boolean isBuiltIn(GraphQLNamedType type) {
    String name = type.getName();
    return name.startsWith("_")
        || name.contains("__")
        || FEDERATION_TYPES.contains(name)
        || (type instanceof GraphQLScalarType && BUILT_IN_SCALARS.contains(name));
  }

  private static boolean isBlank(String description) {
    return description == null || description.isBlank();
  }
}
