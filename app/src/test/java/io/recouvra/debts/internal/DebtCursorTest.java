package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recouvra.shared.paging.InvalidCursorException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DebtCursorTest {

  @Test
  void reads_back_what_it_wrote() {
    DebtCursor cursor = new DebtCursor(LocalDate.of(2026, 2, 6), UUID.randomUUID().toString());

    assertThat(DebtCursor.parse(cursor.text())).isEqualTo(cursor);
  }

  @Test
  void refuses_cursors_it_did_not_make() {
    String debtorCursor = new DebtorCursor("C-1", UUID.randomUUID().toString()).text();

    assertThatThrownBy(() -> DebtCursor.parse(debtorCursor))
        .isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> DebtCursor.parse("zzz")).isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> DebtCursor.parse("x".repeat(500)))
        .isInstanceOf(InvalidCursorException.class);
    String badDate = CursorText.encode("debt", "2026-13-40", UUID.randomUUID().toString());
    assertThatThrownBy(() -> DebtCursor.parse(badDate)).isInstanceOf(InvalidCursorException.class);
  }
}
