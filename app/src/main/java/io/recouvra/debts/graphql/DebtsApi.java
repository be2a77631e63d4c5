package io.recouvra.debts.graphql;

import io.recouvra.debts.Creditors;
import io.recouvra.debts.DebtFilter;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.Debts;
import io.recouvra.debts.graphql.Inputs.CancelDebtInput;
import io.recouvra.debts.graphql.Inputs.CreateCreditorInput;
import io.recouvra.debts.graphql.Inputs.DebtFilterInput;
import io.recouvra.debts.graphql.Inputs.RegisterDebtInput;
import io.recouvra.debts.graphql.Inputs.UpdateDebtInput;
import io.recouvra.debts.graphql.Payloads.CancelDebtPayload;
import io.recouvra.debts.graphql.Payloads.CreateCreditorPayload;
import io.recouvra.debts.graphql.Payloads.RegisterDebtPayload;
import io.recouvra.debts.graphql.Payloads.UpdateDebtPayload;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.graphql.UserError;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * The debts module's GraphQL operations. Each one translates its arguments, calls the facade once
 * and translates the answer; {@link DebtsGraphQL} does the translating.
 */
@GraphQLApi
@ApplicationScoped
public class DebtsApi {
  @Inject Debts debts;
  @Inject Creditors creditors;
  @Inject DebtsGraphQL translate;

  @Query("creditor")
  @Description("The creditor the caller acts for.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public CreditorNode creditor() {
    return creditors.ofCaller(translate.tenantCaller()).map(CreditorNode::new).orElse(null);
  }

  @Query("debt")
  @Description("One of the caller's debts by id; null when there is no such debt.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public DebtNode debt(@Id @NonNull @Name("id") @Description("The global id.") String id) {
    Optional<DebtId> debt = translate.debtId(id, "id");
    return debt.flatMap(d -> debts.debts(translate.reader(), List.of(d)).stream().findFirst())
        .map(translate::node)
        .orElse(null);
  }

  @Query("debts")
  @Description("The caller's debts matching the filter, by due date then id; at most 100 a page.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public @NonNull DebtConnection debts(
      @Name("first") @DefaultValue("20") @Description("How many debts, 1 to 100.") Integer first,
      @Name("after") @Description("The endCursor of the previous page.") String after,
      @Name("filter") @Description("Which debts; all when absent.") DebtFilterInput filter) {
    PageRequest page = translate.page(first, after);
    return translate
        .filter(filter)
        .map(f -> translate.debtPage(() -> debts.debts(translate.reader(), f, page)))
        .orElseGet(DebtsGraphQL::emptyConnection);
  }

  @Query("debtor")
  @Description("One of the caller's debtors by id; null when there is no such debtor.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public DebtorNode debtor(@Id @NonNull @Name("id") @Description("The global id.") String id) {
    Optional<DebtorId> debtor = translate.debtorId(id, "id");
    return debtor
        .flatMap(d -> debts.debtors(translate.reader(), List.of(d)).stream().findFirst())
        .map(DebtorNode::new)
        .orElse(null);
  }

  @Query("debtors")
  @Description("The caller's debtors by customer reference; at most 100 a page.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public @NonNull DebtorConnection debtors(
      @Name("first") @DefaultValue("20") @Description("How many debtors, 1 to 100.") Integer first,
      @Name("after") @Description("The endCursor of the previous page.") String after) {
    return translate.debtorPage(
        () -> debts.debtors(translate.reader(), translate.page(first, after)));
  }

  @Description("The debtor who owes the debt.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public List<@NonNull DebtorNode> debtor(@Source List<DebtNode> debtNodes) {
    List<DebtView> views = debtNodes.stream().map(DebtNode::view).toList();
    return translate.debtorsOf(
        views, debts.debtors(translate.reader(), translate.debtorIds(views)));
  }

  @Description("The debtor's debts, by due date then id; at most 100 a page.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public @NonNull DebtConnection debts(
      @Source DebtorNode debtor,
      @Name("first") @DefaultValue("20") @Description("How many debts, 1 to 100.") Integer first,
      @Name("after") @Description("The endCursor of the previous page.") String after) {
    DebtFilter criteria = DebtFilter.ofDebtor(debtor.view().id());
    return translate.debtPage(
        () -> debts.debts(translate.reader(), criteria, translate.page(first, after)));
  }

  @Mutation("createCreditor")
  @Description("Creates a creditor (a tenant). Administrators only.")
  @Allowed(Role.ADMIN)
  public @NonNull CreateCreditorPayload createCreditor(
      @NonNull @Name("input") @Description("The mutation's input.") CreateCreditorInput input) {
    Outcome<CreditorNode> created =
        creditors.create(translate.caller(), translate.newCreditor(input)).map(CreditorNode::new);
    return new CreateCreditorPayload(
        created.value().orElse(null), UserError.of(created.problems()));
  }

  @Mutation("registerDebt")
  @Description(
      "Registers a debt and creates or updates its debtor. The same input again, even at the same"
          + " time, returns the same debt; other content under the same externalReference is"
          + " refused with DUPLICATE_REFERENCE.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public @NonNull RegisterDebtPayload registerDebt(
      @NonNull @Name("input") @Description("The mutation's input.") RegisterDebtInput input) {
    Outcome<DebtNode> registered =
        debts
            .register(translate.tenantCaller(), translate.registration(input))
            .map(translate::node);
    return new RegisterDebtPayload(
        registered.value().orElse(null), UserError.of(registered.problems()));
  }

  @Mutation("updateDebt")
  @Description("Corrects an open debt's description or dates.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public @NonNull UpdateDebtPayload updateDebt(
      @NonNull @Name("input") @Description("The mutation's input.") UpdateDebtInput input) {
    Outcome<DebtNode> updated =
        translate
            .update(input)
            .flatMap(c -> debts.update(translate.tenantCaller(), c))
            .map(translate::node);
    return new UpdateDebtPayload(updated.value().orElse(null), UserError.of(updated.problems()));
  }

  @Mutation("cancelDebt")
  @Description("Withdraws an open debt registered in error or never owed: closes it as CANCELLED.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public @NonNull CancelDebtPayload cancelDebt(
      @NonNull @Name("input") @Description("The mutation's input.") CancelDebtInput input) {
    Outcome<DebtNode> cancelled =
        translate
            .cancellation(input)
            .flatMap(c -> debts.cancel(translate.tenantCaller(), c))
            .map(translate::node);
    return new CancelDebtPayload(
        cancelled.value().orElse(null), UserError.of(cancelled.problems()));
  }
}
