package io.recouvra.debts.graphql;

import io.recouvra.debts.CancelDebt;
import io.recouvra.debts.DebtFilter;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorDetails;
import io.recouvra.debts.DebtorDetails.AddressDetails;
import io.recouvra.debts.DebtorView;
import io.recouvra.debts.NewCreditor;
import io.recouvra.debts.RegisterDebt;
import io.recouvra.debts.UpdateDebt;
import io.recouvra.debts.graphql.DebtConnection.DebtEdge;
import io.recouvra.debts.graphql.DebtorConnection.DebtorEdge;
import io.recouvra.debts.graphql.Inputs.CancelDebtInput;
import io.recouvra.debts.graphql.Inputs.CreateCreditorInput;
import io.recouvra.debts.graphql.Inputs.DebtFilterInput;
import io.recouvra.debts.graphql.Inputs.DebtorInput;
import io.recouvra.debts.graphql.Inputs.PostalAddressInput;
import io.recouvra.debts.graphql.Inputs.RegisterDebtInput;
import io.recouvra.debts.graphql.Inputs.UpdateDebtInput;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.caller.NotAllowedException;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.InvalidArgumentException;
import io.recouvra.shared.graphql.PageInfo;
import io.recouvra.shared.graphql.PageSize;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.paging.InvalidCursorException;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Translates between the debts API's GraphQL types and the facade's commands and views. */
@ApplicationScoped
class DebtsGraphQL {
  private static final Set<Role> SEE_ACCESS_CODES = Set.of(Role.CLIENT_APP, Role.CREDIT_CONTROLLER);

  @Inject CurrentCaller currentCaller;

  Caller caller() {
    return currentCaller.get();
  }

  /** The caller, who must act for a creditor. */
  Caller tenantCaller() {
    Caller caller = currentCaller.get();
    if (caller.tenant().isEmpty()) {
      throw new NotAllowedException();
    }
    return caller;
  }

  /** The caller, who must act for a creditor or be a signed-in debtor. */
  Caller reader() {
    Caller caller = currentCaller.get();
    if (caller.tenant().isEmpty() && !caller.roles().contains(Role.DEBTOR)) {
      throw new NotAllowedException();
    }
    return caller;
  }

  DebtNode node(DebtView debt) {
    return new DebtNode(debt, currentCaller.get().hasAnyOf(SEE_ACCESS_CODES));
  }

  Optional<DebtId> debtId(String id, String argument) {
    return GlobalIds.read(id, DebtNode.TYPE, argument).map(DebtId::new);
  }

  Optional<DebtorId> debtorId(String id, String argument) {
    return GlobalIds.read(id, DebtorNode.TYPE, argument).map(DebtorId::new);
  }

  PageRequest page(Integer first, String after) {
    return new PageRequest(PageSize.of(first), Optional.ofNullable(after));
  }

  DebtConnection debtPage(Supplier<Page<DebtView>> read) {
    Page<DebtView> page = readPage(read);
    List<DebtEdge> edges =
        page.entries().stream().map(e -> new DebtEdge(node(e.item()), e.cursor())).toList();
    return new DebtConnection(edges, pageInfo(page));
  }

  DebtorConnection debtorPage(Supplier<Page<DebtorView>> read) {
    Page<DebtorView> page = readPage(read);
    List<DebtorEdge> edges =
        page.entries().stream()
            .map(e -> new DebtorEdge(new DebtorNode(e.item()), e.cursor()))
            .toList();
    return new DebtorConnection(edges, pageInfo(page));
  }

  private static <T> Page<T> readPage(Supplier<Page<T>> read) {
    try {
      return read.get();
    } catch (InvalidCursorException e) {
      throw new InvalidArgumentException("after", "pass a pageInfo.endCursor of this list");
    }
  }

  private static PageInfo pageInfo(Page<?> page) {
    String end =
        page.entries().isEmpty() ? null : page.entries().get(page.entries().size() - 1).cursor();
    return new PageInfo(page.hasNext(), end);
  }

  List<DebtorId> debtorIds(List<DebtView> debts) {
    return debts.stream().map(DebtView::debtor).distinct().toList();
  }

  /** The debtor of each debt, in the debts' order. */
  List<DebtorNode> debtorsOf(List<DebtView> debts, List<DebtorView> debtors) {
    Map<DebtorId, DebtorView> byId =
        debtors.stream().collect(Collectors.toMap(DebtorView::id, Function.identity()));
    return debts.stream().map(d -> new DebtorNode(byId.get(d.debtor()))).toList();
  }

  /** The filter, or empty when it can match nothing (a debtor id of another type). */
  Optional<DebtFilter> filter(DebtFilterInput input) {
    if (input == null) {
      return Optional.of(DebtFilter.all());
    }
    Optional<DebtorId> debtor = Optional.empty();
    if (input.debtorId() != null) {
      debtor = debtorId(input.debtorId(), "filter.debtorId");
      if (debtor.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new DebtFilter(
            Optional.ofNullable(input.status()),
            debtor,
            Optional.ofNullable(input.dueFrom()),
            Optional.ofNullable(input.dueTo()),
            Optional.ofNullable(input.minimumBalance()).map(DebtsGraphQL::decimal)));
  }

  static DebtConnection emptyConnection() {
    return new DebtConnection(List.of(), new PageInfo(false, null));
  }

  private static BigDecimal decimal(String text) {
    if (!text.matches("\\d{1,15}(\\.\\d{1,4})?")) {
      throw new InvalidArgumentException(
          "filter.minimumBalance", "a plain non-negative decimal, e.g. \"100.00\"");
    }
    return new BigDecimal(text);
  }

  RegisterDebt registration(RegisterDebtInput input) {
    return new RegisterDebt(
        input.externalReference(),
        input.description(),
        input.principal() == null ? null : input.principal().amount(),
        input.principal() == null ? null : input.principal().currency(),
        input.issuedOn(),
        input.dueOn(),
        input.exigibleOn(),
        Optional.ofNullable(input.debtor()).map(DebtsGraphQL::debtor).orElse(null),
        input.nature(),
        input.contractPenaltyRate());
  }

  private static DebtorDetails debtor(DebtorInput input) {
    return new DebtorDetails(
        input.customerReference(),
        input.type(),
        input.name(),
        address(input.postalAddress()),
        input.email(),
        input.phone(),
        input.language(),
        input.timeZone());
  }

  static AddressDetails address(PostalAddressInput input) {
    return input == null
        ? null
        : new AddressDetails(input.lines(), input.postalCode(), input.city(), input.country());
  }

  static NewCreditor newCreditor(CreateCreditorInput input) {
    return new NewCreditor(
        Optional.empty(),
        input.legalName(),
        input.siren(),
        input.naturalPersonOutsideTrade(),
        address(input.address()),
        input.iban(),
        input.bic(),
        input.sepaCreditorIdentifier(),
        input.timeZone());
  }

  /** The correction, or why its id cannot name a debt. */
  Outcome<UpdateDebt> update(UpdateDebtInput input) {
    return debtIdOfInput(input.id())
        .map(
            id ->
                new UpdateDebt(
                    id,
                    Optional.ofNullable(input.description()),
                    Optional.ofNullable(input.issuedOn()),
                    Optional.ofNullable(input.dueOn()),
                    Optional.ofNullable(input.exigibleOn())));
  }

  /** The cancellation, or why its id cannot name a debt. */
  Outcome<CancelDebt> cancellation(CancelDebtInput input) {
    return debtIdOfInput(input.id()).map(id -> new CancelDebt(id, input.reason()));
  }

  static Outcome<DebtId> debtIdOfInput(String id) {
    return GlobalIds.readInput(id, DebtNode.TYPE, "id", "No debt has this id").map(DebtId::new);
  }
}
