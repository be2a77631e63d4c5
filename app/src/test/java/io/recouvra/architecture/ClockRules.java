package io.recouvra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasParameterTypes;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * One clock (design.md, "Time"): "now" and "today" come from the injected {@code java.time.Clock},
 * produced in one place, so tests can pin the date. Only {@code shared.time.ClockProducer} may read
 * the system clock; everything else calls {@code Instant.now(clock)} and the like.
 */
final class ClockRules {

  private static final Set<String> TIME_TYPES_WITH_NOW =
      Set.of(
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.ZonedDateTime",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  /** Factories of java.time.Clock that read the system clock (tick(Clock, ...) wraps a clock). */
  private static final Set<String> SYSTEM_CLOCK_FACTORIES =
      Set.of(
          "systemUTC", "systemDefaultZone", "system", "tickMillis", "tickSeconds", "tickMinutes");

  private ClockRules() {}

  /** No class but the clock producer reads the system clock, by call or method reference. */
  static ArchRule onlyTheClockProducerReadsTheSystemClock(CodeBase codeBase) {
    String producer = codeBase.packageOf("shared.time.ClockProducer");
    return noClasses()
        .that(areNotTheClockProducer(producer))
        .should()
        .accessTargetWhere(readsTheSystemClock())
        .as("only " + producer + " reads the system clock")
        .allowEmptyShould(true);
  }

  private static DescribedPredicate<JavaClass> areNotTheClockProducer(String producer) {
    return DescribedPredicate.describe(
        "are not " + producer,
        javaClass ->
            !javaClass.getName().equals(producer)
                && !javaClass.getName().startsWith(producer + "$"));
  }

  /**
   * Reads of the wall clock: {@code now()} of a java.time type without a Clock argument (the ZoneId
   * overloads read the system clock too), the system Clock factories, {@code
   * System.currentTimeMillis()}, {@code new Date()} and the calendars built for the current time.
   * {@code System.nanoTime()} measures durations, not dates, and stays allowed.
   */
  static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
    return DescribedPredicate.describe(
        "reads the system clock",
        access -> {
          String owner = access.getTarget().getOwner().getName();
          String name = access.getTarget().getName();
          List<String> parameters = parameterTypeNames(access);
          return (TIME_TYPES_WITH_NOW.contains(owner)
                  && name.equals("now")
                  && !parameters.contains("java.time.Clock"))
              || (owner.equals("java.time.Clock") && SYSTEM_CLOCK_FACTORIES.contains(name))
              || (owner.equals("java.time.InstantSource") && name.equals("system"))
              || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
              || (owner.equals("java.util.Date") && isConstructor(name) && parameters.isEmpty())
              || (owner.equals("java.util.Calendar") && name.equals("getInstance"))
              || (owner.equals("java.util.GregorianCalendar")
                  && isConstructor(name)
                  && onlyZoneOrLocale(parameters));
        });
  }

  private static List<String> parameterTypeNames(JavaAccess<?> access) {
    if (access.getTarget() instanceof HasParameterTypes withParameters) {
      return withParameters.getRawParameterTypes().stream().map(JavaClass::getName).toList();
    }
    return List.of();
  }

  private static boolean isConstructor(String name) {
    return name.equals("<init>");
  }

  private static boolean onlyZoneOrLocale(List<String> parameters) {
    return parameters.stream()
        .allMatch(type -> type.equals("java.util.TimeZone") || type.equals("java.util.Locale"));
  }
}
