package io.recouvra.debts.graphql;

import io.recouvra.shared.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A page of debtors. */
@Type("DebtorConnection")
@Description("A page of debtors; ask for the next with after: pageInfo.endCursor.")
public class DebtorConnection {
  private final List<DebtorEdge> edges;
  private final PageInfo pageInfo;

  DebtorConnection(List<DebtorEdge> edges, PageInfo pageInfo) {
    this.edges = edges;
    this.pageInfo = pageInfo;
  }

  @NonNull
  @Description("The debtors of the page, each with its cursor.")
  public List<@NonNull DebtorEdge> getEdges() {
    return edges;
  }

  @NonNull
  @Description("Where the page stands.")
  public PageInfo getPageInfo() {
    return pageInfo;
  }

  /** A debtor and its cursor. */
  @Type("DebtorEdge")
  @Description("A debtor in a page, with the cursor that resumes the list after it.")
  public static class DebtorEdge {
    private final DebtorNode node;
    private final String cursor;

    DebtorEdge(DebtorNode node, String cursor) {
      this.node = node;
      this.cursor = cursor;
    }

    @NonNull
    @Description("The debtor.")
    public DebtorNode getNode() {
      return node;
    }

    @NonNull
    @Description("The cursor to pass as after to resume after this debtor.")
    public String getCursor() {
      return cursor;
    }
  }
}
