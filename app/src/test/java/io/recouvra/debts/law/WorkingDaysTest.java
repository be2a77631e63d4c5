package io.recouvra.debts.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French working days and the alert day of a limitation: the last working day before it. */
class WorkingDaysTest {

  private static final WorkingDays FRANCE = WorkingDays.of("FR");

  @ParameterizedTest(name = "Easter {1} in {0}")
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2008, 2008-03-23"
  })
  void findsEasterSunday(int year, LocalDate easter) {
    assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void countsElevenFrenchHolidaysIn2027WithTheMovableOnes() {
    assertThat(WorkingDays.frenchHolidays(2027))
        .hasSize(11)
        .contains(
            LocalDate.parse("2027-03-29"),
            LocalDate.parse("2027-05-06"),
            LocalDate.parse("2027-05-17"));
  }

  @ParameterizedTest(name = "last day {0}: alert on {1}")
  @CsvSource({
    // An ordinary Wednesday: the day before.
    "2027-03-17, 2027-03-16",
    // A Monday: the Friday before.
    "2027-03-15, 2027-03-12",
    // The Tuesday after Easter Monday 2027: back over Monday and the week-end to Friday.
    "2027-03-30, 2027-03-26",
    // 2 May 2028 is a Tuesday after 1 May: the Friday 28 April.
    "2028-05-02, 2028-04-28",
    // 15 July 2026 (Wednesday) after 14 July (Tuesday): Monday 13 July.
    "2026-07-15, 2026-07-13",
    // 16 August 2027 (Monday) after 15 August on a Sunday: Friday 13 August.
    "2027-08-16, 2027-08-13",
    // 26 December 2025 (Friday) after Christmas on Thursday: Wednesday 24 December.
    "2025-12-26, 2025-12-24",
    // A bridge is a working day: Friday after Ascension 2026 (14 May) alerts for Monday 18 May.
    "2026-05-18, 2026-05-15",
    // The Friday bridge itself as last day: Ascension is no working day, so Wednesday 13 May.
    "2026-05-15, 2026-05-13",
    // Whit Monday 2026 (25 May) as last day: Friday 22 May.
    "2026-05-25, 2026-05-22",
    // New Year: 2 January 2027 is a Saturday; the alert for it is Thursday 31 December 2026.
    "2027-01-02, 2026-12-31",
  })
  void alertsOnTheLastFrenchWorkingDayBefore(LocalDate lastDay, LocalDate alert) {
    assertThat(FRANCE.lastWorkingDayBefore(lastDay)).isEqualTo(alert);
  }

  @Test
  void neitherWeekEndsNorHolidaysAreWorkingDays() {
    assertThat(FRANCE.isWorkingDay(LocalDate.parse("2026-12-05"))).isFalse();
    assertThat(FRANCE.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
    assertThat(FRANCE.isWorkingDay(LocalDate.parse("2026-11-11"))).isFalse();
    assertThat(FRANCE.isWorkingDay(LocalDate.parse("2026-12-04"))).isTrue();
  }

  @Test
  void anotherCountryCountsOnlyWeekEnds() {
    WorkingDays elsewhere = WorkingDays.of("BE");

    assertThat(elsewhere.isWorkingDay(LocalDate.parse("2026-07-14"))).isTrue();
    assertThat(elsewhere.lastWorkingDayBefore(LocalDate.parse("2026-07-15")))
        .isEqualTo(LocalDate.parse("2026-07-14"));
    assertThat(elsewhere.lastWorkingDayBefore(LocalDate.parse("2026-12-07")))
        .isEqualTo(LocalDate.parse("2026-12-04"));
  }
}
