package io.recouvra.shared.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Where a page of a connection stands. */
@Type("PageInfo")
@Description("Where a page of a connection stands; pass endCursor as `after` for the next page.")
public class PageInfo {
  private final boolean hasNextPage;
  private final String endCursor;

  public PageInfo(boolean hasNextPage, String endCursor) {
    this.hasNextPage = hasNextPage;
    this.endCursor = endCursor;
  }

  @NonNull
  @Description("Whether more items follow this page.")
  public boolean isHasNextPage() {
    return hasNextPage;
  }

  @Description("The cursor of the page's last item; absent when the page is empty.")
  public String getEndCursor() {
    return endCursor;
  }
}
