package io.recouvra.debts.graphql;

import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.ItemisedBalance.Accrual;
import io.recouvra.debts.ItemisedBalance.Line;
import io.recouvra.debts.law.DebtComponent;
import io.recouvra.shared.graphql.MoneyAmount;
import io.recouvra.shared.graphql.MoneyInput;
import io.recouvra.shared.graphql.UserError;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL types of itemised balances and of the credit controllers' ledger changes. */
public final class LedgerTypes {
  private LedgerTypes() {}

  @Type("ItemisedBalance")
  @Description(
      "What the debtor owes on a day, part by part. Interest and penalties are counted in actual"
          + " days over 365 through that day, on the principal as payments and credits lowered it;"
          + " each part's total is rounded once, half up, to the cent.")
  public record ItemisedBalanceType(
      @NonNull @Description("The day the balance is for.") LocalDate asOf,
      @NonNull @Description("One line per part: principal, interest, penalties, indemnity.")
          List<@NonNull BalanceLineType> lines,
      @NonNull @Description("What remains due on that day: the sum of the lines' due amounts.")
          MoneyAmount due,
      @NonNull @Description("The periods interest and penalties were counted over, in order.")
          List<@NonNull AccrualPeriodType> accruals,
      @Description("The last day interest or penalties were counted; null when none were.")
          LocalDate accruedThrough,
      @NonNull
          @Description(
              "Whether every day counted had its rate; when false, counting stopped the day before"
                  + " the first missing figure and the amounts are a floor.")
          Boolean complete,
      @NonNull @Description("The law figures missing for the days counted; empty when none.")
          List<@NonNull MissingLawFigure> missingFigures) {

    static ItemisedBalanceType of(ItemisedBalance balance) {
      return new ItemisedBalanceType(
          balance.asOf(),
          balance.lines().stream().map(BalanceLineType::of).toList(),
          MoneyAmount.of(balance.due()),
          balance.accruals().stream().map(AccrualPeriodType::of).toList(),
          balance.accruedThrough().orElse(null),
          balance.complete(),
          balance.missing().stream().map(m -> new MissingLawFigure(m.kind(), m.from())).toList());
    }
  }

  @Type("BalanceLine")
  @Description("One part of a debt: what it amounts to, what was taken off it, what remains.")
  public record BalanceLineType(
      @NonNull @Description("The part.") DebtComponent part,
      @NonNull @Description("What the part amounts to on the day.") MoneyAmount charged,
      @NonNull @Description("What payments took off it.") MoneyAmount paid,
      @NonNull @Description("What credit notes and cancellations took off it.")
          MoneyAmount credited,
      @NonNull @Description("What a settlement waived.") MoneyAmount settled,
      @NonNull @Description("What was written off.") MoneyAmount writtenOff,
      @NonNull @Description("What remains due.") MoneyAmount due) {

    static BalanceLineType of(Line line) {
      return new BalanceLineType(
          line.component(),
          MoneyAmount.of(line.charged()),
          MoneyAmount.of(line.paid()),
          MoneyAmount.of(line.credited()),
          MoneyAmount.of(line.settled()),
          MoneyAmount.of(line.writtenOff()),
          MoneyAmount.of(line.due()));
    }
  }

  @Type("AccrualPeriod")
  @Description("Days over which interest or penalties ran on one base at one rate.")
  public record AccrualPeriodType(
      @NonNull @Description("Interest or penalties.") DebtComponent part,
      @NonNull @Description("The first day counted.") LocalDate from,
      @NonNull @Description("The last day counted.") LocalDate to,
      @NonNull @Description("How many days.") Integer days,
      @NonNull @Description("The amount they ran on.") MoneyAmount base,
      @NonNull @Description("The annual rate in percent, as a decimal string.") String rate,
      @NonNull @Description("How the rate was made, with its legal reference.") String basis,
      @NonNull
          @Description(
              "What these days accrued, rounded to the cent for reading; the part's total is"
                  + " rounded once from the unrounded periods, so it may differ by a cent.")
          MoneyAmount amount) {

    static AccrualPeriodType of(Accrual accrual) {
      return new AccrualPeriodType(
          accrual.component(),
          accrual.from(),
          accrual.to(),
          Math.toIntExact(accrual.days()),
          MoneyAmount.of(accrual.base()),
          accrual.percent().stripTrailingZeros().toPlainString(),
          accrual.basis(),
          MoneyAmount.of(accrual.amount()));
    }
  }

  @Type("MissingLawFigure")
  @Description("A figure the law tables hold no row for on a day it was needed.")
  public record MissingLawFigure(
      @NonNull @Description("The kind of figure, e.g. ECB_MAIN_REFINANCING.") String kind,
      @NonNull @Description("The first day it was needed and not known.") LocalDate from) {}

  @Input("IssueCreditNoteInput")
  @Description("A credit note on a debt's invoice, which lowers its principal.")
  public record IssueCreditNoteInput(
      @Id @NonNull @Description("The debt's id.") String id,
      @NonNull @Description("The amount credited, at most the principal still due.")
          MoneyInput amount,
      @NonNull @Description("Why, for the record; at most 500 characters.") String reason) {}

  @Input("SettleDebtInput")
  @Description(
      "A settlement: the creditor accepts less than what is due today in full and final payment;"
          + " the rest is waived (interest and penalties first) and nothing accrues any more.")
  public record SettleDebtInput(
      @Id @NonNull @Description("The debt's id.") String id,
      @NonNull @Description("What the debtor will still pay: above zero, below what is due.")
          MoneyInput amount,
      @NonNull @Description("Why, for the record; at most 500 characters.") String reason) {}

  @Input("WriteOffDebtInput")
  @Description("A write-off of everything still due on a debt, which closes it.")
  public record WriteOffDebtInput(
      @Id @NonNull @Description("The debt's id.") String id,
      @NonNull @Description("Why, for the record; at most 500 characters.") String reason) {}

  @Type("IssueCreditNotePayload")
  @Description("The debt after the credit note, or why it was refused.")
  public record IssueCreditNotePayload(
      @Description("The debt as it now stands.") DebtNode debt,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  @Type("SettleDebtPayload")
  @Description("The settled debt, or why the settlement was refused.")
  public record SettleDebtPayload(
      @Description("The debt as it now stands.") DebtNode debt,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  @Type("WriteOffDebtPayload")
  @Description("The debt written off, or why the write-off was refused.")
  public record WriteOffDebtPayload(
      @Description("The debt, now closed as written off.") DebtNode debt,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}
}
