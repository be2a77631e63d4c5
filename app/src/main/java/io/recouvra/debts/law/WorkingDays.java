package io.recouvra.debts.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which days are working days in a creditor's country: not a Saturday or a Sunday, and not a public
 * holiday. France's are the eleven national holidays of Code du travail L3133-1: 1 January, Easter
 * Monday, 1 May, 8 May, Ascension Thursday, Whit Monday, 14 July, 15 August, 1 November, 11
 * November and 25 December; the movable ones follow Easter (Gregorian computus). The two extra days
 * of Alsace-Moselle (Good Friday, 26 December) are not counted: an alert on one of them comes a day
 * early, never late. Bridges ("ponts") are working days. A country other than France counts
 * week-ends only, until its holidays are added here.
 */
public final class WorkingDays {

  private static final Set<MonthDay> FRENCH_FIXED =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(5, 1),
          MonthDay.of(5, 8),
          MonthDay.of(7, 14),
          MonthDay.of(8, 15),
          MonthDay.of(11, 1),
          MonthDay.of(11, 11),
          MonthDay.of(12, 25));

  private final boolean french;

  private WorkingDays(boolean french) {
    this.french = french;
  }

  /** The working days of the country given as an ISO 3166-1 alpha-2 code, e.g. {@code FR}. */
  public static WorkingDays of(String country) {
    return new WorkingDays("FR".equals(country.strip().toUpperCase(Locale.ROOT)));
  }

  /** Whether {@code day} is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekDay = day.getDayOfWeek();
    if (weekDay == DayOfWeek.SATURDAY || weekDay == DayOfWeek.SUNDAY) {
      return false;
    }
    return !french || !frenchHolidays(day.getYear()).contains(day);
  }

  /** The last working day strictly before {@code day}. */
  public LocalDate lastWorkingDayBefore(LocalDate day) {
    LocalDate candidate = day.minusDays(1);
    while (!isWorkingDay(candidate)) {
      candidate = candidate.minusDays(1);
    }
    return candidate;
  }

  /** The eleven French public holidays of {@code year}. */
  static Set<LocalDate> frenchHolidays(int year) {
    Set<LocalDate> days = new HashSet<>();
    FRENCH_FIXED.forEach(fixed -> days.add(fixed.atYear(year)));
    LocalDate easter = easterSunday(year);
    days.add(easter.plusDays(1));
    days.add(easter.plusDays(39));
    days.add(easter.plusDays(50));
    return days;
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
