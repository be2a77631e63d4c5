package io.recouvra.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A tree of business modules checked by the architecture rules: a root package whose direct
 * sub-packages are the modules, the Java sources of that root and the Liquibase changelog folder
 * holding one sub-folder per module.
 *
 * <p>The real code base is {@link #recouvra()}; the deliberate violations under {@code
 * fixtures.violations} and the allowed patterns under {@code fixtures.compliant} are smaller code
 * bases of the same shape, so every rule can be shown to fail on the former and pass on the latter.
 */
record CodeBase(String rootPackage, Path sourceRoot, Path changelogRoot, Set<String> knownModules) {

  /** The modules named in design.md, plus {@code demo}, a pure consumer of the facades. */
  static final Set<String> RECOUVRA_MODULES =
      Set.of(
          "debts",
          "payments",
          "disputes",
          "reminders",
          "agencies",
          "legal",
          "documents",
          "privacy",
          "analytics",
          "shared",
          "demo");

  private static final String FIXTURES_PACKAGE = "io.recouvra.architecture.fixtures";
  private static final Path FIXTURES_SOURCES =
      Path.of("src/test/java/io/recouvra/architecture/fixtures");

  /** The application itself: compiled main classes only, sources under src/main. */
  static CodeBase recouvra() {
    return new CodeBase(
        "io.recouvra",
        Path.of("src/main/java/io/recouvra"),
        Path.of("src/main/resources/db/changelog"),
        RECOUVRA_MODULES);
  }

  /**
   * A fixture tree, e.g. {@code fixture("violations.clock")}: its Java package is the root and its
   * {@code changelog} folder, when present, holds the Liquibase fixtures.
   */
  static CodeBase fixture(String name) {
    Path sources = FIXTURES_SOURCES.resolve(name.replace('.', '/'));
    return new CodeBase(
        FIXTURES_PACKAGE + "." + name, sources, sources.resolve("changelog"), Set.of());
  }

  /** Imports the compiled classes of the root package (main classes only for the real code). */
  JavaClasses importClasses() {
    ClassFileImporter importer = new ClassFileImporter();
    if (!rootPackage.startsWith(FIXTURES_PACKAGE)) {
      importer =
          importer
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .withImportOption(location -> !location.contains("/io/recouvra/architecture/"));
    }
    return importer.importPackages(rootPackage);
  }

  /** The modules: the known ones and every package directory found under the source root. */
  Set<String> modules() {
    Set<String> modules = new TreeSet<>(knownModules);
    if (Files.isDirectory(sourceRoot)) {
      try (Stream<Path> children = Files.list(sourceRoot)) {
        children
            .filter(Files::isDirectory)
            .map(child -> child.getFileName().toString())
            .filter(name -> !name.equals("changelog"))
            .forEach(modules::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return modules;
  }

  /** The module a class belongs to: the first package segment below the root, if any. */
  Optional<String> moduleOf(JavaClass javaClass) {
    return moduleOfPackage(javaClass.getPackageName());
  }

  Optional<String> moduleOfPackage(String packageName) {
    if (!packageName.startsWith(rootPackage + ".")) {
      return Optional.empty();
    }
    String rest = packageName.substring(rootPackage.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  /** Whether the class lies in an {@code internal} package (at any depth) of some module. */
  boolean isInternal(JavaClass javaClass) {
    return moduleOf(javaClass).isPresent()
        && (javaClass.getPackageName() + ".").contains(".internal.");
  }

  /** The package of one module, e.g. {@code io.recouvra.shared.graphql} for "shared.graphql". */
  String packageOf(String relativePackage) {
    return rootPackage + "." + relativePackage;
  }
}
