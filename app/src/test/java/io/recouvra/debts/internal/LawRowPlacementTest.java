package io.recouvra.debts.internal;

import static io.recouvra.debts.internal.LawRowsForTests.ecb;
import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rows of one kind never share a day; an open-ended row is ended only when asked for. */
class LawRowPlacementTest {
  private static final List<LawRateRecord> STORED =
      List.of(ecb("2026-01-01", "2026-06-30", "2.15"), ecb("2031-07-01", "2031-12-31", "9.99"));

  private static Problem onlyProblem(Outcome<?> outcome) {
    assertThat(outcome.problems()).hasSize(1);
    return outcome.problems().get(0);
  }

  @Test
  void placesARowInTheGapBetweenStoredRows() {
    Outcome<Optional<LawRateRecord>> placed =
        LawRowPlacement.place(ecb("2031-01-01", "2031-06-30", "9.99"), STORED, false);

    assertThat(placed.value()).contains(Optional.empty());
  }

  @Test
  void refusesARowStartingInsideAStoredOneOnValidFromNamingIt() {
    Problem problem =
        onlyProblem(LawRowPlacement.place(ecb("2026-06-30", "2026-12-31", "2"), STORED, false));

    assertThat(problem.field()).containsExactly("validFrom");
    assertThat(problem.code()).isEqualTo(ErrorCode.OVERLAPPING_ROW);
    assertThat(problem.message())
        .isEqualTo("these days overlap the ECB_MAIN_REFINANCING row from 2026-01-01 to 2026-06-30");
  }

  @Test
  void refusesARowRunningIntoALaterOneOnValidTo() {
    Problem problem =
        onlyProblem(LawRowPlacement.place(ecb("2031-01-01", "2031-07-01", "2"), STORED, false));

    assertThat(problem.field()).containsExactly("validTo");
    assertThat(problem.message()).contains("from 2031-07-01 to 2031-12-31");
  }

  @Test
  void refusesAnOpenEndedRowBeforeALaterOne() {
    Problem problem =
        onlyProblem(LawRowPlacement.place(ecb("2027-01-01", null, "2"), STORED, false));

    assertThat(problem.field()).containsExactly("validTo");
  }

  @Test
  void refusesARowCoveringSeveralAndSaysHowMany() {
    Problem problem =
        onlyProblem(LawRowPlacement.place(ecb("2025-01-01", "2032-01-01", "2"), STORED, false));

    assertThat(problem.field()).containsExactly("validTo");
    assertThat(problem.message()).endsWith("to 2026-06-30 and 1 more");
  }

  @Test
  void refusesToEndAnOpenEndedRowSilentlyAndSaysHow() {
    List<LawRateRecord> open = List.of(ecb("2024-01-01", null, "10"));

    Problem problem =
        onlyProblem(LawRowPlacement.place(ecb("2031-01-01", null, "11"), open, false));

    assertThat(problem.field()).containsExactly("validFrom");
    assertThat(problem.message())
        .isEqualTo(
            "these days overlap the ECB_MAIN_REFINANCING row from 2024-01-01, with no end; to end"
                + " it on 2030-12-31, add this row with closePrevious: true");
  }

  @Test
  void endsTheOpenEndedRowBeforeWhenAskedTo() {
    LawRateRecord previous = ecb("2024-01-01", null, "10");

    Outcome<Optional<LawRateRecord>> placed =
        LawRowPlacement.place(ecb("2031-01-01", null, "11"), List.of(previous), true);

    assertThat(placed.value()).contains(Optional.of(previous));
    previous.close(LocalDate.of(2030, 12, 31), "admin-1", LawRowsForTests.ADDED);
    assertThat(previous.days().to()).contains(LocalDate.of(2030, 12, 31));
    assertThat(previous.wasClosed()).isTrue();
  }

  @Test
  void neverEndsABoundedRowNorOneStartingTheSameDayNorOneWhenOthersOverlapToo() {
    List<LawRateRecord> open = List.of(ecb("2031-01-01", null, "10"));
    List<LawRateRecord> openThenLater =
        List.of(ecb("2024-01-01", null, "10"), ecb("2040-01-01", null, "10"));

    assertThat(LawRowPlacement.place(ecb("2026-03-01", null, "2"), STORED, true).isDone())
        .isFalse();
    assertThat(LawRowPlacement.place(ecb("2031-01-01", null, "2"), open, true).isDone()).isFalse();
    Outcome<Optional<LawRateRecord>> both =
        LawRowPlacement.place(ecb("2031-01-01", null, "2"), openThenLater, true);
    assertThat(both.isDone()).isFalse();
    assertThat(onlyProblem(both).message()).doesNotContain("closePrevious");
  }

  @Test
  void asksNothingToEndWhenClosePreviousFindsNoOpenRow() {
    assertThat(LawRowPlacement.place(ecb("2031-01-01", "2031-06-30", "2"), STORED, true).value())
        .contains(Optional.empty());
  }
}
