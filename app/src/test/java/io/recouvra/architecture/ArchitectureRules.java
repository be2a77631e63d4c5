package io.recouvra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/** Every architecture rule, for one code base: the ArchUnit rules and the source scans. */
final class ArchitectureRules {

  private ArchitectureRules() {}

  static List<ArchRule> classRules(CodeBase codeBase) {
    return List.of(
        ModuleBoundaryRules.internalsStayInsideTheirModule(codeBase),
        ModuleBoundaryRules.sharedDependsOnNoOtherModule(codeBase),
        ModuleBoundaryRules.nothingDependsOnDemo(codeBase),
        ModuleBoundaryRules.modulesFormNoCycle(codeBase),
        ClockRules.onlyTheClockProducerReadsTheSystemClock(codeBase),
        TableOwnershipRules.entitiesLiveInTheirModulesInternalPackage(codeBase),
        TableOwnershipRules.entitiesMapToTheirModulesSchema(codeBase),
        CodeConventionRules.noVagueClassNames(codeBase),
        CodeConventionRules.graphQlOperationsAreDescribed(codeBase),
        CodeConventionRules.graphQlMethodsDeclareAllowedRoles(codeBase),
        CodeConventionRules.graphQlApisAreScopedBeans(codeBase));
  }

  /** Violations found by reading sources and changelogs rather than classes. */
  static List<String> sourceViolations(CodeBase codeBase, JavaClasses classes) {
    List<String> violations = new ArrayList<>();
    violations.addAll(TableOwnershipRules.foreignTablesInStringLiterals(codeBase, classes));
    violations.addAll(ChangelogOwnership.violations(codeBase));
    violations.addAll(CodeConventionRules.nullReturns(codeBase));
    return violations;
  }
}
