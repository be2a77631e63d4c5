package io.recouvra.debts.graphql;

import io.recouvra.shared.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of debts. */
@Type("DebtConnection")
@Description("A page of debts; ask for the next with after: pageInfo.endCursor.")
public class DebtConnection {
  private final List<DebtEdge> edges;
  private final PageInfo pageInfo;

  DebtConnection(List<DebtEdge> edges, PageInfo pageInfo) {
    this.edges = edges;
    this.pageInfo = pageInfo;
  }

  @NonNull
  @Description("The debts of the page, each with its cursor.")
  public List<@NonNull DebtEdge> getEdges() {
    return edges;
  }

  @NonNull
  @Description("Where the page stands.")
  public PageInfo getPageInfo() {
    return pageInfo;
  }

  /** A debt and its cursor. */
  @Type("DebtEdge")
  @Description("A debt in a page, with the cursor that resumes the list after it.")
  public static class DebtEdge {
    private final DebtNode node;
    private final String cursor;

    DebtEdge(DebtNode node, String cursor) {
      this.node = node;
      this.cursor = cursor;
    }

    @NonNull
    @Description("The debt.")
    public DebtNode getNode() {
      return node;
    }

    @NonNull
    @Description("The cursor to pass as after to resume after this debt.")
    public String getCursor() {
      return cursor;
    }
  }
}
