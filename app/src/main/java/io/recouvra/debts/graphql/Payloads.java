package io.recouvra.debts.graphql;

import io.recouvra.shared.graphql.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The payloads of the debts API's mutations: the changed object, or why nothing changed. */
public final class Payloads {
  private Payloads() {}

  /** What registerDebt returns. */
  @Type("RegisterDebtPayload")
  @Description("The registered debt, or the reasons it was refused.")
  public record RegisterDebtPayload(
      @Description("The debt, new or registered before with the same content.") DebtNode debt,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  /** What updateDebt returns. */
  @Type("UpdateDebtPayload")
  @Description("The corrected debt, or the reasons the correction was refused.")
  public record UpdateDebtPayload(
      @Description("The debt as corrected.") DebtNode debt,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  /** What cancelDebt returns. */
  @Type("CancelDebtPayload")
  @Description("The cancelled debt, or the reasons the cancellation was refused.")
  public record CancelDebtPayload(
      @Description("The debt, now closed as cancelled.") DebtNode debt,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  /** What createCreditor returns. */
  @Type("CreateCreditorPayload")
  @Description("The created creditor, or the reasons it was refused.")
  public record CreateCreditorPayload(
      @Description("The new creditor.") CreditorNode creditor,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}
}
