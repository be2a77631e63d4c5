package io.recouvra.debts.internal;

import java.util.List;

/** Where a list of debtors, ordered by customer reference then id, resumes. */
record DebtorCursor(String customerReference, String id) {

  static DebtorCursor of(DebtorRecord debtor) {
    return new DebtorCursor(debtor.customerReference(), debtor.id().toString());
  }

  static DebtorCursor parse(String text) {
    List<String> parts = CursorText.decode(text, "debtor", 2);
    return new DebtorCursor(parts.get(0), parts.get(1));
  }

  String text() {
    return CursorText.encode("debtor", customerReference, id);
  }
}
