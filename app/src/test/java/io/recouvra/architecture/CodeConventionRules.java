package io.recouvra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Conventions from style.md and design.md that a build can check: no {@code return null} in main
 * code, no Manager/Helper/Util/Utils/Impl names, and every GraphQL operation or field resolver of a
 * {@code @GraphQLApi} class described and guarded by {@code shared.caller.Allowed} (deny by
 * default). Annotations are named by string so the rules compile before the annotation exists.
 */
final class CodeConventionRules {

  static final String GRAPHQL_API = "org.eclipse.microprofile.graphql.GraphQLApi";
  static final String DESCRIPTION = "org.eclipse.microprofile.graphql.Description";
  static final String QUERY = "org.eclipse.microprofile.graphql.Query";
  static final String MUTATION = "org.eclipse.microprofile.graphql.Mutation";
  static final String SUBSCRIPTION = "io.smallrye.graphql.api.Subscription";

  private static final Pattern RETURN_NULL =
      Pattern.compile("\\breturn\\s+\\(?\\s*null\\s*\\)?\\s*;");

  private CodeConventionRules() {}

  static ArchRule noVagueClassNames(CodeBase codeBase) {
    return noClasses()
        .that()
        .resideInAPackage(codeBase.rootPackage() + "..")
        .should()
        .haveSimpleNameEndingWith("Manager")
        .orShould()
        .haveSimpleNameEndingWith("Helper")
        .orShould()
        .haveSimpleNameEndingWith("Util")
        .orShould()
        .haveSimpleNameEndingWith("Utils")
        .orShould()
        .haveSimpleNameEndingWith("Impl")
        .as("no class is named ...Manager, ...Helper, ...Util, ...Utils or ...Impl")
        .allowEmptyShould(true);
  }

  /**
   * A {@code @GraphQLApi} class is a CDI bean with a scope: SmallRye GraphQL looks the class up in
   * CDI, and a class without a bean-defining annotation fails every one of its operations at run
   * time ("unsatisfied dependency"), which no compiler sees.
   */
  static ArchRule graphQlApisAreScopedBeans(CodeBase codeBase) {
    return classes()
        .that()
        .resideInAPackage(codeBase.rootPackage() + "..")
        .and()
        .areAnnotatedWith(GRAPHQL_API)
        .should()
        .beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
        .orShould()
        .beAnnotatedWith("jakarta.enterprise.context.RequestScoped")
        .as("every @GraphQLApi class is @ApplicationScoped or @RequestScoped")
        .allowEmptyShould(true);
  }

  /** GraphQL queries and mutations (and subscriptions) carry a {@code @Description}. */
  static ArchRule graphQlOperationsAreDescribed(CodeBase codeBase) {
    return methods()
        .that(areGraphQlOperations(codeBase))
        .should()
        .beAnnotatedWith(DESCRIPTION)
        .as("every @Query, @Mutation and @Subscription of a @GraphQLApi class has @Description")
        .allowEmptyShould(true);
  }

  /**
   * Every public method of a {@code @GraphQLApi} class (operations and {@code @Source} field
   * resolvers alike: whatever the class exposes) names the roles allowed to call it; an operation
   * without {@code @Allowed} would otherwise be open, so the build refuses it.
   */
  static ArchRule graphQlMethodsDeclareAllowedRoles(CodeBase codeBase) {
    String allowed = allowedAnnotation(codeBase);
    return methods()
        .that(arePublicMethodsOfGraphQlApis(codeBase))
        .should()
        .beAnnotatedWith(allowed)
        .as("every public method of a @GraphQLApi class has @" + allowed)
        .allowEmptyShould(true);
  }

  static String allowedAnnotation(CodeBase codeBase) {
    return codeBase.packageOf("shared.caller.Allowed");
  }

  /** Lines of main code that return null, comments and string literals aside. */
  static List<String> nullReturns(CodeBase codeBase) {
    List<String> violations = new ArrayList<>();
    for (JavaSource source : SourceTree.javaSources(codeBase.sourceRoot())) {
      List<String> lines = source.codeLines();
      for (int index = 0; index < lines.size(); index++) {
        if (RETURN_NULL.matcher(lines.get(index)).find()) {
          violations.add(source.file() + ":" + (index + 1) + " returns null");
        }
      }
    }
    return violations;
  }

  private static DescribedPredicate<JavaMethod> arePublicMethodsOfGraphQlApis(CodeBase codeBase) {
    return DescribedPredicate.describe(
        "are public methods of @GraphQLApi classes",
        method ->
            inRoot(codeBase, method)
                && method.getOwner().isAnnotatedWith(GRAPHQL_API)
                && method.getModifiers().contains(JavaModifier.PUBLIC)
                && !method.getModifiers().contains(JavaModifier.STATIC)
                && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                && !method.getModifiers().contains(JavaModifier.BRIDGE));
  }

  private static DescribedPredicate<JavaMethod> areGraphQlOperations(CodeBase codeBase) {
    return DescribedPredicate.describe(
        "are GraphQL operations of @GraphQLApi classes",
        method ->
            inRoot(codeBase, method)
                && method.getOwner().isAnnotatedWith(GRAPHQL_API)
                && (method.isAnnotatedWith(QUERY)
                    || method.isAnnotatedWith(MUTATION)
                    || method.isAnnotatedWith(SUBSCRIPTION)));
  }

  private static boolean inRoot(CodeBase codeBase, JavaMethod method) {
    return (method.getOwner().getPackageName() + ".").startsWith(codeBase.rootPackage() + ".");
  }
}
