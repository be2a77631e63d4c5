package io.recouvra.debts.graphql;

import io.recouvra.debts.ClosureReason;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.MoneyAmount;
import io.recouvra.shared.graphql.Node;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A debt as the API shows it; its debtor is resolved in batches by {@link DebtsApi}. */
@Type("Debt")
@Description("A sum owed to a creditor by one of its debtors.")
public class DebtNode implements Node {
  static final String TYPE = "Debt";
  private final DebtView debt;
  private final boolean showAccessCode;

  DebtNode(DebtView debt, boolean showAccessCode) {
    this.debt = debt;
    this.showAccessCode = showAccessCode;
  }

  DebtView view() {
    return debt;
  }

  @Id
  @NonNull
  @Override
  @Description("The debt's opaque global id.")
  public String getId() {
    return GlobalIds.encode(TYPE, debt.id().value());
  }

  @NonNull
  @Description("The creditor's own reference for the debt, unique per creditor.")
  public String getExternalReference() {
    return debt.externalReference();
  }

  @Description("What the debt is for, when given.")
  public String getDescription() {
    return debt.description().orElse(null);
  }

  @NonNull
  @Description("The principal, including VAT.")
  public MoneyAmount getPrincipal() {
    return MoneyAmount.of(debt.principal());
  }

  @NonNull
  @Description("What remains owed: the sum of the debt's ledger entries; never negative.")
  public MoneyAmount getBalance() {
    return MoneyAmount.of(debt.balance());
  }

  @NonNull
  @Description("The day the invoice or claim was issued.")
  public LocalDate getIssuedOn() {
    return debt.issuedOn();
  }

  @NonNull
  @Description("The day payment was due.")
  public LocalDate getDueOn() {
    return debt.dueOn();
  }

  @NonNull
  @Description("The day the sum could first be claimed, from which limitation runs.")
  public LocalDate getExigibleOn() {
    return debt.exigibleOn();
  }

  @NonNull
  @Description("What the debt is for, which sets its limitation period.")
  public DebtNature getNature() {
    return debt.nature();
  }

  @Description(
      "The late-payment penalty rate the contract sets, in percent a year, as a decimal string;"
          + " null when the statutory rate applies (Code de commerce L441-10).")
  public String getContractPenaltyRate() {
    return debt.contractPenaltyPercent().map(BigDecimal::toPlainString).orElse(null);
  }

  @NonNull
  @Description("OPEN while the debt may be collected, CLOSED once it ended.")
  public DebtStatus getStatus() {
    return debt.status();
  }

  @Description("Why the debt was closed, when it is.")
  public ClosureReason getClosureReason() {
    return debt.closureReason().orElse(null);
  }

  @NonNull
  @Description("Every change of status, oldest first, with who made it and why.")
  public List<@NonNull StatusChangeType> getStatusHistory() {
    return debt.history().stream().map(StatusChangeType::new).toList();
  }

  @NonNull
  @Description(
      "The ISO 11649 creditor reference (RF) that payments for this debt carry, in electronic"
          + " form without spaces; print it in groups of four.")
  public String getCreditorReference() {
    return debt.creditorReference().electronic();
  }

  @Description(
      "The code printed on the debtor's first letter, with which the debtor claims the file;"
          + " shown to the creditor's staff and client apps only.")
  public String getAccessCode() {
    return showAccessCode ? debt.accessCode().printed() : null;
  }

  @NonNull
  @Description("When Recouvra registered the debt.")
  public Instant getRegisteredAt() {
    return debt.registeredAt();
  }
}
