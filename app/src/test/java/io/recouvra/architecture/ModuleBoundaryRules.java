package io.recouvra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * Module boundaries (design.md, "Layout"): a module publishes its top package and the sub-packages
 * other than {@code internal}; {@code shared} depends on no other module, except {@code
 * shared.graphql}, which dispatches {@code node(id:)} and {@code viewer} to the other modules'
 * published API; {@code demo} consumes facades and nothing depends on it; modules form no cycle.
 */
final class ModuleBoundaryRules {

  private ModuleBoundaryRules() {}

  /** No class reaches into the {@code internal} package of a module other than its own. */
  static ArchRule internalsStayInsideTheirModule(CodeBase codeBase) {
    return classes()
        .that()
        .resideInAPackage(codeBase.rootPackage() + "..")
        .should(notDependOnInternalsOfAnotherModule(codeBase))
        .as("no class reaches into another module's internal package")
        .allowEmptyShould(true);
  }

  /** {@code shared}, apart from {@code shared.graphql}, depends on no other module. */
  static ArchRule sharedDependsOnNoOtherModule(CodeBase codeBase) {
    String shared = codeBase.packageOf("shared");
    return noClasses()
        .that()
        .resideInAPackage(shared + "..")
        .and()
        .resideOutsideOfPackage(codeBase.packageOf("shared.graphql") + "..")
        .should()
        .dependOnClassesThat(belongToTheRootOutsideOf(codeBase, shared))
        .as("shared (apart from shared.graphql) depends on no other module")
        .allowEmptyShould(true);
  }

  /** {@code demo} only consumes the other modules: no class outside it depends on it. */
  static ArchRule nothingDependsOnDemo(CodeBase codeBase) {
    String demo = codeBase.packageOf("demo");
    return noClasses()
        .that()
        .resideOutsideOfPackage(demo + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(demo + "..")
        .as("no module depends on demo, a pure consumer of the facades")
        .allowEmptyShould(true);
  }

  /**
   * The modules (the direct sub-packages of the root) form no cycle.
   *
   * <p>{@code shared.graphql} is the one place allowed to call every module (node(id:) and viewer
   * dispatch to their facades), while every module may use {@code shared} (money, ids, the Node
   * interface). Counting its outgoing dependencies would make {@code shared} and every module a
   * cycle by construction, so the dependencies that start in {@code shared.graphql} are left out of
   * this check: it acts as a layer above the modules. What it may reach is still bounded by {@link
   * #internalsStayInsideTheirModule}, and the rest of {@code shared} by {@link
   * #sharedDependsOnNoOtherModule}.
   */
  static ArchRule modulesFormNoCycle(CodeBase codeBase) {
    return slices()
        .matching(codeBase.rootPackage() + ".(*)..")
        .namingSlices("module $1")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            JavaClass.Predicates.resideInAPackage(codeBase.packageOf("shared.graphql") + ".."),
            DescribedPredicate.alwaysTrue())
        .as("modules form no cycle (dependencies from shared.graphql excepted)")
        .allowEmptyShould(true);
  }

  private static DescribedPredicate<JavaClass> belongToTheRootOutsideOf(
      CodeBase codeBase, String module) {
    return DescribedPredicate.describe(
        "belong to another module than " + module,
        target ->
            (target.getPackageName() + ".").startsWith(codeBase.rootPackage() + ".")
                && !(target.getPackageName() + ".").startsWith(module + "."));
  }

  private static ArchCondition<JavaClass> notDependOnInternalsOfAnotherModule(CodeBase codeBase) {
    return new ArchCondition<>("not depend on the internal package of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> originModule = codeBase.moduleOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          boolean foreignInternal =
              codeBase.isInternal(target) && !codeBase.moduleOf(target).equals(originModule);
          if (foreignInternal) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
