package io.recouvra.shared.graphql;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Measures a GraphQL document before it runs: its depth (the deepest chain of nested fields) and
 * its cost (how many fields it may resolve, where a field with a {@code first} argument multiplies
 * everything under it, so nested connections cost the product of their page sizes). Introspection
 * ({@code __schema}, {@code __type}) is not counted: its size is bounded by the schema's.
 *
 * <p>It also keeps the largest page asked for anywhere, and the most objects one chain of nested
 * connections may return: the product of their page sizes.
 *
 * @param depth the deepest chain of nested fields
 * @param cost the number of fields the query may resolve
 * @param largestPage the largest {@code first} of any field, 1 when none
 * @param nestedObjects the largest product of page sizes along one chain of nested fields
 */
public record QueryCost(int depth, long cost, long largestPage, long nestedObjects) {

  /**
   * Measures every operation of {@code document}, keeping the largest depth and the sum of costs.
   */
  public static QueryCost of(Document document, Map<String, Object> variables) {
    Map<String, FragmentDefinition> fragments =
        document.getDefinitionsOfType(FragmentDefinition.class).stream()
            .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
    Walk walk = new Walk(fragments, variables);
    Measure total = Measure.NOTHING;
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      total = total.beside(walk.selections(operation.getSelectionSet(), 1, 0));
    }
    return new QueryCost(total.depth(), total.cost(), total.largestPage(), total.nestedObjects());
  }

  private record Measure(int depth, long cost, long largestPage, long nestedObjects) {
    static final Measure NOTHING = new Measure(0, 0, 1, 1);

    /** This measure and a sibling's: the deeper, the larger, and both costs. */
    Measure beside(Measure other) {
      return new Measure(
          Math.max(depth, other.depth),
          saturatedAdd(cost, other.cost),
          Math.max(largestPage, other.largestPage),
          Math.max(nestedObjects, other.nestedObjects));
    }
  }

  private record Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
    private static final int FRAGMENT_NESTING_LIMIT = 50;

    Measure selections(SelectionSet set, long multiplier, int fragmentNesting) {
      if (set == null || fragmentNesting > FRAGMENT_NESTING_LIMIT) {
        return Measure.NOTHING;
      }
      Measure measure = Measure.NOTHING;
      for (Selection<?> selection : set.getSelections()) {
        measure = measure.beside(selection(selection, multiplier, fragmentNesting));
      }
      return measure;
    }

    private Measure selection(Selection<?> selection, long multiplier, int fragmentNesting) {
      if (selection instanceof Field field) {
        return field(field, multiplier, fragmentNesting);
      }
      if (selection instanceof InlineFragment inline) {
        return selections(inline.getSelectionSet(), multiplier, fragmentNesting + 1);
      }
      if (selection instanceof FragmentSpread spread) {
        FragmentDefinition definition = fragments.get(spread.getName());
        return definition == null
            ? Measure.NOTHING
            : selections(definition.getSelectionSet(), multiplier, fragmentNesting + 1);
      }
      return Measure.NOTHING;
    }

    private Measure field(Field field, long multiplier, int fragmentNesting) {
      if (field.getName().startsWith("__")) {
        return Measure.NOTHING;
      }
      long page = pageSize(field).orElse(1);
      long inner = saturatedMultiply(multiplier, page);
      Measure children = selections(field.getSelectionSet(), inner, fragmentNesting);
      return new Measure(
          children.depth() + 1,
          saturatedAdd(multiplier, children.cost()),
          Math.max(page, children.largestPage()),
          Math.max(inner, children.nestedObjects()));
    }

    private Optional<Integer> pageSize(Field field) {
      for (Argument argument : field.getArguments()) {
        if (argument.getName().equals("first")) {
          return Optional.of(intValue(argument));
        }
      }
      boolean connection =
          field.getSelectionSet() != null
              && field.getSelectionSet().getSelectionsOfType(Field.class).stream()
                  .anyMatch(f -> f.getName().equals("edges") || f.getName().equals("nodes"));
      return connection ? Optional.of(PageSize.DEFAULT) : Optional.empty();
    }

    private int intValue(Argument argument) {
      if (argument.getValue() instanceof IntValue literal) {
        return clamp(literal.getValue().longValue());
      }
      if (argument.getValue() instanceof VariableReference reference
          && variables.get(reference.getName()) instanceof Number number) {
        return clamp(number.longValue());
      }
      return PageSize.DEFAULT;
    }

    private static int clamp(long value) {
      return (int) Math.max(1, Math.min(value, Integer.MAX_VALUE));
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long saturatedMultiply(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }
}
