package io.recouvra.documents.internal;

import java.util.List;

/**
 * Whom a document is addressed to, as printed in the window of an envelope.
 *
 * @param name the name on the first line
 * @param lines the lines of the postal address below it, country last when abroad
 */
record Addressee(String name, List<String> lines) {

  Addressee {
    lines = List.copyOf(lines);
  }
}
