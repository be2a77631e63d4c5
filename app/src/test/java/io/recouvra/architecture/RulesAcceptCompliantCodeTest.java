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
 * The rules let through what design.md allows (see the package {@code fixtures.compliant}), so a
 * rule that fails on the real code points at a real breach.
 */
class RulesAcceptCompliantCodeTest {

  private static final CodeBase COMPLIANT = CodeBase.fixture("compliant");
  private static JavaClasses classes;

  @BeforeAll
  static void importFixtures() {
    classes = COMPLIANT.importClasses();
  }

  static List<ArchRule> classRules() {
    return ArchitectureRules.classRules(COMPLIANT);
  }

  @Test
  void theCompliantFixturesCoverEveryRule() {
    assertThat(COMPLIANT.modules()).containsExactly("debts", "demo", "payments", "shared");
    assertThat(classes.stream().map(javaClass -> javaClass.getSimpleName()))
        .contains(
            "ClockProducer", "FixtureNodeDispatch", "FixtureDebtRow", "FixtureGuardedDebtApi");
    assertThat(SourceTree.files(COMPLIANT.changelogRoot())).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classRules")
  void compliantCodeFollows(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void compliantSourcesAndChangelogsPassTheScans() {
    assertThat(ArchitectureRules.sourceViolations(COMPLIANT, classes)).isEmpty();
  }
}
