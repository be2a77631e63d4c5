package io.recouvra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule reports the deliberate violations under {@code fixtures.violations}: a rule that
 * cannot fail would pass on the real code for the wrong reason.
 */
class RulesCatchViolationsTest {

  private static final CodeBase BOUNDARIES = CodeBase.fixture("violations.boundaries");
  private static final CodeBase CYCLE = CodeBase.fixture("violations.cycle");
  private static final CodeBase CLOCK = CodeBase.fixture("violations.clock");
  private static final CodeBase TABLES = CodeBase.fixture("violations.tables");
  private static final CodeBase CONVENTIONS = CodeBase.fixture("violations.conventions");

  @Test
  void aModuleReachingIntoAnotherModulesInternalsIsReported() {
    List<String> details =
        violations(ModuleBoundaryRules.internalsStayInsideTheirModule(BOUNDARIES), BOUNDARIES);

    assertThat(details)
        .anyMatch(line -> line.contains("FixturePaymentReachingDebtInternals"))
        .anyMatch(line -> line.contains("FixtureNodeReachingDebtInternals"))
        .allMatch(line -> line.contains("FixtureDebtLedgerRow"));
  }

  @Test
  void sharedOutsideItsGraphQlPackageDependingOnAModuleIsReported() {
    List<String> details =
        violations(ModuleBoundaryRules.sharedDependsOnNoOtherModule(BOUNDARIES), BOUNDARIES);

    assertThat(details)
        .anyMatch(line -> line.contains("FixtureMoneyUsingDebtsFacade"))
        .noneMatch(line -> line.contains("FixtureNodeReachingDebtInternals"));
  }

  @Test
  void aModuleDependingOnDemoIsReported() {
    List<String> details =
        violations(ModuleBoundaryRules.nothingDependsOnDemo(BOUNDARIES), BOUNDARIES);

    assertThat(details).anyMatch(line -> line.contains("FixtureRemindersUsingDemo"));
  }

  @Test
  void modulesDependingOnEachOtherAreReportedAsACycle() {
    List<String> details = violations(ModuleBoundaryRules.modulesFormNoCycle(CYCLE), CYCLE);

    assertThat(String.join("\n", details))
        .contains("FixtureDebtsCallingPayments", "FixturePaymentsCallingDebts");
  }

  @Test
  void everyForbiddenReadOfTheSystemClockIsReported() {
    String report =
        String.join(
            "\n", violations(ClockRules.onlyTheClockProducerReadsTheSystemClock(CLOCK), CLOCK));

    assertThat(report)
        .contains(
            "Instant.now()",
            "LocalDate.now()",
            "LocalDateTime.now()",
            "ZonedDateTime.now()",
            "OffsetDateTime.now()",
            "LocalTime.now()",
            "Clock.systemUTC()",
            "Clock.systemDefaultZone()",
            "System.currentTimeMillis()",
            "Date.<init>()",
            "LocalDate.now(java.time.ZoneId)",
            "InstantSource.system()")
        .containsPattern("byMethodReference\\(\\)[^\\n]*Instant\\.now\\(\\)");
  }

  @Test
  void anEntityOutsideAnInternalPackageIsReported() {
    List<String> details =
        violations(TableOwnershipRules.entitiesLiveInTheirModulesInternalPackage(TABLES), TABLES);

    assertThat(details)
        .hasSize(1)
        .allMatch(line -> line.contains("FixturePaymentEntityOutsideInternal"));
  }

  @Test
  void anEntityMappedOutsideItsModulesSchemaIsReported() {
    String report =
        String.join(
            "\n", violations(TableOwnershipRules.entitiesMapToTheirModulesSchema(TABLES), TABLES));

    assertThat(report)
        .contains("FixturePaymentInDebtsSchema")
        .contains("FixtureAllocationWithoutTable has no @Table(schema = \"payments\")")
        .contains("@CollectionTable has schema \"debts\", not \"payments\"")
        .doesNotContain("FixtureDebtRow");
  }

  @Test
  void stringLiteralsNamingAnotherModulesSchemaOrEntityAreReported() {
    JavaClasses classes = TABLES.importClasses();

    List<String> found = TableOwnershipRules.foreignTablesInStringLiterals(TABLES, classes);

    assertThat(found)
        .anyMatch(line -> line.contains("names schema \"debts.ledger_entry\""))
        .anyMatch(line -> line.contains("queries entity \"FROM FixtureDebtRow\""))
        .anyMatch(line -> line.contains("queries entity \"JOIN FixtureDebtRow\""))
        .allMatch(line -> line.contains("FixtureForeignTableQueries.java"))
        .hasSize(3);
  }

  @Test
  void changelogsTouchingAnotherSchemaOrNoSchemaAreReported() {
    List<String> found = ChangelogOwnership.violations(TABLES);

    assertThat(String.join("\n", found))
        .contains("<createTable> schemaName=\"debts\" is not payments")
        .contains("<createIndex> tableName=\"fixture_payment\" has no schema payments")
        .contains("referencedTableSchemaName=\"debts\" is not payments")
        .contains("<sql> names another module's schema")
        .contains("<sql> changes fixture_unqualified outside schema payments")
        .contains("fixture-payments.sql: only XML changelogs can be checked")
        .contains("folder unknownmodule is not a module")
        .contains("fixture-root-changelog.xml: change sets belong in the folder");
  }

  @Test
  void vagueClassNamesAreReported() {
    String report =
        String.join(
            "\n", violations(CodeConventionRules.noVagueClassNames(CONVENTIONS), CONVENTIONS));

    assertThat(report)
        .contains(
            "FixtureLedgerManager",
            "FixtureLedgerHelper",
            "FixtureLedgerUtil>",
            "FixtureLedgerUtils",
            "FixtureLedgerImpl");
  }

  @Test
  void undescribedGraphQlOperationsAreReported() {
    String report =
        String.join(
            "\n",
            violations(
                CodeConventionRules.graphQlOperationsAreDescribed(CONVENTIONS), CONVENTIONS));

    assertThat(report)
        .contains("fixtureUndescribedQuery()", "fixtureUndescribedMutation(java.lang.String)");
  }

  @Test
  void graphQlMethodsWithoutAllowedAreReported() {
    String report =
        String.join(
            "\n",
            violations(
                CodeConventionRules.graphQlMethodsDeclareAllowedRoles(CONVENTIONS), CONVENTIONS));

    assertThat(report)
        .contains(
            "fixtureUndescribedQuery()",
            "fixtureUndescribedMutation(java.lang.String)",
            "fixtureUnguardedField(");
  }

  @Test
  void aGraphQlApiThatIsNoCdiBeanIsReported() {
    String report =
        String.join(
            "\n",
            violations(CodeConventionRules.graphQlApisAreScopedBeans(CONVENTIONS), CONVENTIONS));

    assertThat(report).contains("FixtureUnguardedDebtApi");
  }

  @Test
  void aNullReturnInCodeIsReportedButNotInCommentsOrStrings() {
    List<String> found = CodeConventionRules.nullReturns(CONVENTIONS);

    assertThat(found).singleElement().asString().contains("FixtureNullReturner.java:11");
  }

  private static List<String> violations(ArchRule rule, CodeBase codeBase) {
    EvaluationResult result = rule.evaluate(codeBase.importClasses());
    assertThat(result.hasViolation()).as("%s reports a violation", rule.getDescription()).isTrue();
    return result.getFailureReport().getDetails();
  }
}
