package io.recouvra.documents.internal;

import io.recouvra.debts.CreditorView;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What every document carries around what it says: who sends it (the letterhead), to whom, when,
 * under which title and reference, and in which language.
 *
 * @param creditor the creditor whose letterhead the document bears
 * @param wording the reader's language
 * @param producedAt when the document is produced, in the creditor's time zone: its date
 * @param title the title, in the reader's language; also the PDF's title
 * @param reference the document's own reference, printed on every page
 * @param addressee whom it is addressed to, for a letter; absent for a report
 */
record DocumentFrame(
    CreditorView creditor,
    Wording wording,
    ZonedDateTime producedAt,
    String title,
    String reference,
    Optional<Addressee> addressee) {

  /** The document's date, in words. */
  String date() {
    return wording.longDate(producedAt.toLocalDate());
  }
}
