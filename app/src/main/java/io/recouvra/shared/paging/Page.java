package io.recouvra.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, each item with the cursor that resumes the list after it.
 *
 * @param entries the items of the page in list order
 * @param hasNext whether more items follow
 * @param <T> the item type
 */
public record Page<T>(List<Entry<T>> entries, boolean hasNext) {

  public Page {
    entries = List.copyOf(entries);
  }

  /** One item and its cursor. */
  public record Entry<T>(T item, String cursor) {}

  /** The same page with each item transformed. */
  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(
        entries.stream().map(e -> new Entry<>(mapper.apply(e.item()), e.cursor())).toList(),
        hasNext);
  }

  /** The items alone. */
  public List<T> items() {
    return entries.stream().map(Entry::item).toList();
  }
}
