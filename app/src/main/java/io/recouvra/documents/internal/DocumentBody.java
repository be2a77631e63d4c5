package io.recouvra.documents.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;

/** What a document says below its letterhead and title; the frame around it is shared. */
@FunctionalInterface
interface DocumentBody {

  /** Adds the body's paragraphs and tables to {@code document}, already open. */
  void writeOn(Document document) throws DocumentException;
}
