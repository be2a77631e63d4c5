package io.recouvra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Each module owns its tables (style.md, "What we take"): its entities live in its {@code internal}
 * package and map to the database schema named after it, and no string literal of a module names
 * another module's schema (native SQL) or another module's entity (JPQL). The Liquibase side is in
 * {@link ChangelogOwnership}.
 */
final class TableOwnershipRules {

  private static final String ENTITY = "jakarta.persistence.Entity";

  /** Mapping annotations carrying a schema; {@code Table} is required on every entity. */
  private static final Set<String> SCHEMA_ANNOTATIONS =
      Set.of(
          "jakarta.persistence.Table",
          "jakarta.persistence.SecondaryTable",
          "jakarta.persistence.CollectionTable",
          "jakarta.persistence.JoinTable",
          "jakarta.persistence.SequenceGenerator",
          "jakarta.persistence.TableGenerator");

  private TableOwnershipRules() {}

  /** Entities live in the {@code internal} package of a module. */
  static ArchRule entitiesLiveInTheirModulesInternalPackage(CodeBase codeBase) {
    return classes()
        .that()
        .areAnnotatedWith(ENTITY)
        .should(
            new ArchCondition<>("reside in the internal package of a module") {
              @Override
              public void check(JavaClass entity, ConditionEvents events) {
                if (!codeBase.isInternal(entity)) {
                  events.add(
                      SimpleConditionEvent.violated(
                          entity, entity.getName() + " is an entity outside an internal package"));
                }
              }
            })
        .allowEmptyShould(true);
  }

  /**
   * Entities declare {@code @Table(schema = "<module>")}, and every other schema they name
   * (secondary, collection and join tables, generators) is their module's too.
   */
  static ArchRule entitiesMapToTheirModulesSchema(CodeBase codeBase) {
    return classes()
        .that()
        .areAnnotatedWith(ENTITY)
        .should(
            new ArchCondition<>("map to the schema named after their module") {
              @Override
              public void check(JavaClass entity, ConditionEvents events) {
                String module = codeBase.moduleOf(entity).orElse("(no module)");
                if (!entity.isAnnotatedWith("jakarta.persistence.Table")) {
                  events.add(
                      SimpleConditionEvent.violated(
                          entity,
                          entity.getName() + " has no @Table(schema = \"" + module + "\")"));
                }
                annotatedElements(entity)
                    .flatMap(element -> schemaViolations(element, module).stream())
                    .forEach(message -> events.add(SimpleConditionEvent.violated(entity, message)));
              }
            })
        .allowEmptyShould(true);
  }

  /**
   * String literals of each module that name another module's schema followed by an identifier
   * ({@code "payments.payment"}, native SQL) or another module's entity after FROM, JOIN or UPDATE
   * (JPQL). Literals joined by {@code +} are read as one.
   */
  static List<String> foreignTablesInStringLiterals(CodeBase codeBase, JavaClasses classes) {
    Map<String, String> moduleByEntityName = entityNames(codeBase, classes);
    List<String> violations = new ArrayList<>();
    for (String module : codeBase.modules()) {
      Pattern foreignSchema = foreignSchemaPattern(codeBase.modules(), module);
      Optional<Pattern> foreignEntity = foreignEntityPattern(moduleByEntityName, module);
      for (JavaSource source : SourceTree.javaSources(codeBase.sourceRoot().resolve(module))) {
        for (JavaSource.StringLiteral literal : source.stringLiterals()) {
          find(foreignSchema, literal)
              .ifPresent(found -> violations.add(at(source, literal, "names schema " + found)));
          foreignEntity
              .flatMap(pattern -> find(pattern, literal))
              .ifPresent(found -> violations.add(at(source, literal, "queries entity " + found)));
        }
      }
    }
    return violations;
  }

  /**
   * A case-insensitive pattern for "othermodule." followed by an identifier, optionally quoted, and
   * not itself the end of a dotted name such as a package or a configuration key's prefix.
   */
  static Pattern foreignSchemaPattern(Set<String> modules, String ownModule) {
    String others =
        modules.stream()
            .filter(other -> !other.equals(ownModule))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<![\\w.$])\"?(?:" + others + ")\"?\\s*\\.\\s*\"?[A-Za-z_]\\w*",
        Pattern.CASE_INSENSITIVE);
  }

  private static Optional<Pattern> foreignEntityPattern(
      Map<String, String> moduleByEntityName, String ownModule) {
    List<String> foreign =
        moduleByEntityName.entrySet().stream()
            .filter(entry -> !entry.getValue().equals(ownModule))
            .map(entry -> Pattern.quote(entry.getKey()))
            .toList();
    if (foreign.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Pattern.compile(
            "\\b(?i:from|join|update)\\s+(?:(?i:fetch)\\s+)?(?:"
                + String.join("|", foreign)
                + ")\\b"));
  }

  private static Map<String, String> entityNames(CodeBase codeBase, JavaClasses classes) {
    Map<String, String> moduleByEntityName = new TreeMap<>();
    for (JavaClass entity : classes) {
      Optional<JavaAnnotation<JavaClass>> annotation = entity.tryGetAnnotationOfType(ENTITY);
      Optional<String> module = codeBase.moduleOf(entity);
      if (annotation.isPresent() && module.isPresent()) {
        String declared = annotation.get().get("name").map(String::valueOf).orElse("");
        String name = declared.isEmpty() ? entity.getSimpleName() : declared;
        moduleByEntityName.put(name, module.get());
      }
    }
    return moduleByEntityName;
  }

  private static Optional<String> find(Pattern pattern, JavaSource.StringLiteral literal) {
    Matcher matcher = pattern.matcher(literal.text());
    return matcher.find() ? Optional.of("\"" + matcher.group() + "\"") : Optional.empty();
  }

  private static String at(JavaSource source, JavaSource.StringLiteral literal, String what) {
    return source.file() + ":" + literal.line() + " " + what;
  }

  private static Stream<HasAnnotations<?>> annotatedElements(JavaClass entity) {
    return Stream.of(
            Stream.<HasAnnotations<?>>of(entity),
            entity.getFields().stream().map(field -> (HasAnnotations<?>) field),
            entity.getMethods().stream().map(method -> (HasAnnotations<?>) method))
        .flatMap(elements -> elements);
  }

  private static List<String> schemaViolations(HasAnnotations<?> element, String module) {
    List<String> violations = new ArrayList<>();
    for (String annotationType : SCHEMA_ANNOTATIONS) {
      Optional<String> schema =
          element
              .tryGetAnnotationOfType(annotationType)
              .map(annotation -> annotation.get("schema").map(String::valueOf).orElse(""));
      if (schema.isPresent() && !schema.get().equals(module)) {
        violations.add(
            element.getDescription()
                + ": @"
                + annotationType.substring(annotationType.lastIndexOf('.') + 1)
                + " has schema \""
                + schema.get()
                + "\", not \""
                + module
                + "\"");
      }
    }
    return violations;
  }
}
