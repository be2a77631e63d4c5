package io.recouvra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The architecture rules applied to the application's main code. That each rule can fail is shown
 * by {@link RulesCatchViolationsTest}; that the allowed patterns pass by {@link
 * RulesAcceptCompliantCodeTest}.
 */
class ArchitectureTest {

  private static final CodeBase RECOUVRA = CodeBase.recouvra();
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = RECOUVRA.importClasses();
  }

  static List<ArchRule> classRules() {
    return ArchitectureRules.classRules(RECOUVRA);
  }

  @Test
  void checksTheRealCodeBase() {
    assertThat(SourceTree.javaSources(RECOUVRA.sourceRoot()))
        .as("Java sources under %s (tests run from the app module)", RECOUVRA.sourceRoot())
        .isNotEmpty();
    assertThat(classes).as("main classes imported from io.recouvra").isNotEmpty();
    assertThat(classes.stream().map(javaClass -> javaClass.getPackageName()))
        .as("architecture tests and their fixtures are not part of the checked code")
        .noneMatch(name -> name.startsWith("io.recouvra.architecture"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classRules")
  void mainCodeFollows(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void modulesNameNoOtherModulesTablesInStringLiterals() {
    assertThat(TableOwnershipRules.foreignTablesInStringLiterals(RECOUVRA, classes)).isEmpty();
  }

  @Test
  void changelogsOfAModuleChangeOnlyItsSchema() {
    assertThat(ChangelogOwnership.violations(RECOUVRA)).isEmpty();
  }

  @Test
  void mainCodeNeverReturnsNull() {
    assertThat(CodeConventionRules.nullReturns(RECOUVRA)).isEmpty();
  }
}
