package io.recouvra.debts.internal;

import io.recouvra.shared.paging.InvalidCursorException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Where a list of debts, ordered by due date then id, resumes. */
record DebtCursor(LocalDate dueOn, String id) {

  static DebtCursor of(DebtRecord debt) {
    return new DebtCursor(debt.dueOn(), debt.idText());
  }

  static DebtCursor parse(String text) {
    List<String> parts = CursorText.decode(text, "debt", 2);
    try {
      return new DebtCursor(LocalDate.parse(parts.get(0)), parts.get(1));
    } catch (DateTimeParseException e) {
      throw new InvalidCursorException();
    }
  }

  String text() {
    return CursorText.encode("debt", dueOn.toString(), id);
  }
}
