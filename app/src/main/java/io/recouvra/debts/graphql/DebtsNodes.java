package io.recouvra.debts.graphql;

import io.recouvra.debts.Creditors;
import io.recouvra.debts.Debts;
import io.recouvra.shared.graphql.Node;
import io.recouvra.shared.graphql.NodeResolver;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code node(id:)} resolvers of the debts module's types. */
final class DebtsNodes {
  private DebtsNodes() {}

  /** Finds debts. */
  @ApplicationScoped
  static class DebtResolver implements NodeResolver {
    @Inject Debts debts;
    @Inject DebtsGraphQL translate;

    @Override
    public String type() {
      return DebtNode.TYPE;
    }

    @Override
    public Optional<Node> find(UUID id) {
      return debts.debts(translate.caller(), List.of(new DebtId(id))).stream()
          .findFirst()
          .map(translate::node);
    }
  }

  /** Finds debtor records. */
  @ApplicationScoped
  static class DebtorResolver implements NodeResolver {
    @Inject Debts debts;
    @Inject DebtsGraphQL translate;

    @Override
    public String type() {
      return DebtorNode.TYPE;
    }

    @Override
    public Optional<Node> find(UUID id) {
      return debts.debtors(translate.caller(), List.of(new DebtorId(id))).stream()
          .findFirst()
          .map(DebtorNode::new);
    }
  }

  /** Finds creditors. */
  @ApplicationScoped
  static class CreditorResolver implements NodeResolver {
    @Inject Creditors creditors;
    @Inject DebtsGraphQL translate;

    @Override
    public String type() {
      return CreditorNode.TYPE;
    }

    @Override
    public Optional<Node> find(UUID id) {
      return creditors.creditors(translate.caller(), List.of(new CreditorId(id))).stream()
          .findFirst()
          .map(CreditorNode::new);
    }
  }
}
