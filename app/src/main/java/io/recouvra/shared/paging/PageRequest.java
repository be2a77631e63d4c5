package io.recouvra.shared.paging;

import java.util.Optional;

/**
 * A request for one page of a list: how many items, and the cursor of the item after which the page
 * starts. Cursors are opaque and made by the module that owns the list.
 *
 * @param size how many items, at least 1
 * @param after the cursor of the last item already seen, if any
 */
public record PageRequest(int size, Optional<String> after) {

  public PageRequest {
    if (size < 1) {
      throw new IllegalArgumentException("a page holds at least one item");
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(size, Optional.empty());
  }
}
