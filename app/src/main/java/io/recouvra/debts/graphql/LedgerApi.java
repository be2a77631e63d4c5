package io.recouvra.debts.graphql;

import io.recouvra.debts.DebtView;
import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.Ledger;
import io.recouvra.debts.LedgerCommand;
import io.recouvra.debts.LedgerCommand.IssueCreditNote;
import io.recouvra.debts.LedgerCommand.SettleDebt;
import io.recouvra.debts.LedgerCommand.WriteOffDebt;
import io.recouvra.debts.graphql.LedgerTypes.IssueCreditNoteInput;
import io.recouvra.debts.graphql.LedgerTypes.IssueCreditNotePayload;
import io.recouvra.debts.graphql.LedgerTypes.ItemisedBalanceType;
import io.recouvra.debts.graphql.LedgerTypes.SettleDebtInput;
import io.recouvra.debts.graphql.LedgerTypes.SettleDebtPayload;
import io.recouvra.debts.graphql.LedgerTypes.WriteOffDebtInput;
import io.recouvra.debts.graphql.LedgerTypes.WriteOffDebtPayload;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.graphql.MoneyAmount;
import io.recouvra.shared.graphql.UserError;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The ledger's GraphQL operations: itemised balances on debts, credit accounts on debtors, and the
 * credit controllers' credit notes, settlements and write-offs. Each calls the {@link Ledger}
 * facade once.
 */
@GraphQLApi
@ApplicationScoped
public class LedgerApi {
  @Inject Ledger ledger;
  @Inject DebtsGraphQL translate;

  @Name("itemisedBalance")
  @Description(
      "What the debtor owes on a day, part by part: principal, interest, penalties and the"
          + " indemnity, what was paid, credited, settled or written off, and what remains.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public List<@NonNull ItemisedBalanceType> itemisedBalance(
      @Source List<DebtNode> debts,
      @Name("on") @Description("The day; today in the creditor's time zone when absent.")
          LocalDate on) {
    List<DebtId> ids = debts.stream().map(d -> d.view().id()).toList();
    Map<DebtId, ItemisedBalance> found =
        ledger.itemised(translate.reader(), ids, Optional.ofNullable(on));
    return ids.stream().map(id -> ItemisedBalanceType.of(found.get(id))).toList();
  }

  @Name("creditAccount")
  @Description(
      "What the debtor paid beyond what it owed, per currency; the debtor's money, refunded on"
          + " request. Empty when nothing.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public List<@NonNull List<@NonNull MoneyAmount>> creditAccount(@Source List<DebtorNode> debtors) {
    List<DebtorId> ids = debtors.stream().map(d -> d.view().id()).toList();
    Map<DebtorId, List<Money>> accounts = ledger.creditAccounts(translate.reader(), ids);
    return ids.stream()
        .map(id -> accounts.getOrDefault(id, List.of()).stream().map(MoneyAmount::of).toList())
        .toList();
  }

  @Mutation("issueCreditNote")
  @Description("Credits part or all of an open debt's principal. Credit controllers only.")
  @Allowed(Role.CREDIT_CONTROLLER)
  public @NonNull IssueCreditNotePayload issueCreditNote(
      @NonNull @Name("input") @Description("The mutation's input.") IssueCreditNoteInput input) {
    Outcome<DebtNode> changed =
        change(
            DebtsGraphQL.debtIdOfInput(input.id())
                .map(
                    id ->
                        new IssueCreditNote(
                            id,
                            input.amount().amount(),
                            input.amount().currency(),
                            input.reason())));
    return new IssueCreditNotePayload(
        changed.value().orElse(null), UserError.of(changed.problems()));
  }

  @Mutation("settleDebt")
  @Description(
      "Accepts less than what is due in full and final payment of an open debt; the debt closes"
          + " as SETTLED once that amount is paid. Credit controllers only.")
  @Allowed(Role.CREDIT_CONTROLLER)
  public @NonNull SettleDebtPayload settleDebt(
      @NonNull @Name("input") @Description("The mutation's input.") SettleDebtInput input) {
    Outcome<DebtNode> changed =
        change(
            DebtsGraphQL.debtIdOfInput(input.id())
                .map(
                    id ->
                        new SettleDebt(
                            id,
                            input.amount().amount(),
                            input.amount().currency(),
                            input.reason())));
    return new SettleDebtPayload(changed.value().orElse(null), UserError.of(changed.problems()));
  }

  @Mutation("writeOffDebt")
  @Description(
      "Writes off everything still due on an open debt and closes it as WRITTEN_OFF. Credit"
          + " controllers only.")
  @Allowed(Role.CREDIT_CONTROLLER)
  public @NonNull WriteOffDebtPayload writeOffDebt(
      @NonNull @Name("input") @Description("The mutation's input.") WriteOffDebtInput input) {
    Outcome<DebtNode> changed =
        change(
            DebtsGraphQL.debtIdOfInput(input.id()).map(id -> new WriteOffDebt(id, input.reason())));
    return new WriteOffDebtPayload(changed.value().orElse(null), UserError.of(changed.problems()));
  }

  private Outcome<DebtNode> change(Outcome<? extends LedgerCommand> command) {
    Outcome<DebtView> changed =
        command.flatMap(c -> ledger.change(translate.tenantCaller(), (LedgerCommand) c));
    return changed.map(translate::node);
  }
}
