package io.recouvra.debts;

import java.util.Optional;

/**
 * What adding a row to a law table did.
 *
 * @param <R> the row type
 * @param added the new row
 * @param closed the open-ended row of the same kind that now ends the day before the new one
 *     starts, when the administrator asked for it ({@code closePrevious})
 */
public record AddedLawRow<R>(StoredLawRow<R> added, Optional<StoredLawRow<R>> closed) {}
