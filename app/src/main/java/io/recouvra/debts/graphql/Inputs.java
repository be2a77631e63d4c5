package io.recouvra.debts.graphql;

import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtorType;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.graphql.MoneyInput;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The input types of the debts API, as received; the facade checks every value. */
public final class Inputs {
  private Inputs() {}

  @Input("RegisterDebtInput")
  @Description("A debt to register, idempotent on the creditor and its external reference.")
  public record RegisterDebtInput(
      @NonNull @Description("The creditor's reference for the debt, unique per creditor; 1 to 64.")
          String externalReference,
      @Description("What the debt is for; at most 500 characters.") String description,
      @NonNull @Description("The principal including VAT; above zero.") MoneyInput principal,
      @NonNull @Description("The day the invoice or claim was issued; not after today.")
          LocalDate issuedOn,
      @NonNull @Description("The day payment is due; not before issuedOn.") LocalDate dueOn,
      @Description(
              "The day the sum could first be claimed (often the end of the service), from which"
                  + " limitation runs; not after dueOn. The due date when absent.")
          LocalDate exigibleOn,
      @NonNull @Description("The debtor, created or updated by its customer reference.")
          DebtorInput debtor,
      @Description(
              "What the debt is for, which sets its limitation period; GOODS_OR_SERVICES when"
                  + " absent. CONSUMER_CREDIT only for a CONSUMER debtor.")
          DebtNature nature,
      @Description(
              "The late-payment penalty rate the contract sets, in percent a year, as a decimal"
                  + " string such as \"12.50\"; only between professionals. Below three times the"
                  + " legal interest rate of a day, that floor applies instead (Code de commerce"
                  + " L441-10). The statutory rate (ECB + 10 points) when absent.")
          String contractPenaltyRate) {}

  @Input("DebtorInput")
  @Description("A debtor, created or updated by the creditor's customer reference.")
  public record DebtorInput(
      @NonNull @Description("The creditor's reference for the debtor; 1 to 64 characters.")
          String customerReference,
      @NonNull @Description("The kind of debtor.") DebtorType type,
      @NonNull @Description("The name to address the debtor by; 1 to 200 characters.") String name,
      @Description("The postal address.") PostalAddressInput postalAddress,
      @Description("The e-mail address.") String email,
      @Description("The phone number in E.164 form, e.g. +33612345678.") String phone,
      @Description("fr or en; fr when absent.") String language,
      @Description("An IANA time zone, e.g. Europe/Paris; the creditor's when absent.")
          String timeZone) {}

  @Input("PostalAddressInput")
  @Description("A postal address.")
  public record PostalAddressInput(
      @NonNull @Description("One to four lines above the postal code, each at most 70 characters.")
          List<@NonNull String> lines,
      @NonNull @Description("The postal code.") String postalCode,
      @NonNull @Description("The city.") String city,
      @NonNull @Description("The ISO 3166-1 alpha-2 country code, e.g. FR.") String country) {}

  @Input("UpdateDebtInput")
  @Description("Corrections to an open debt; absent fields stay as they are.")
  public record UpdateDebtInput(
      @Id @NonNull @Description("The debt's id.") String id,
      @Description("The new description; an empty string removes it.") String description,
      @Description("The new issue date.") LocalDate issuedOn,
      @Description("The new due date.") LocalDate dueOn,
      @Description("The new exigibility date.") LocalDate exigibleOn) {}

  @Input("CancelDebtInput")
  @Description("A debt to withdraw because it was registered in error or never owed.")
  public record CancelDebtInput(
      @Id @NonNull @Description("The debt's id.") String id,
      @NonNull @Description("Why, for the record; at most 500 characters.") String reason) {}

  @Input("DebtFilter")
  @Description("Which debts to list; absent criteria let all debts through.")
  public record DebtFilterInput(
      @Description("Only debts in this status.") DebtStatus status,
      @Id @Description("Only this debtor's debts.") String debtorId,
      @Description("Only debts due on or after this day.") LocalDate dueFrom,
      @Description("Only debts due on or before this day.") LocalDate dueTo,
      @Description("Only debts whose balance is at least this decimal amount, e.g. \"100.00\".")
          String minimumBalance) {}

  @Input("CreateCreditorInput")
  @Description("A new creditor (tenant).")
  public record CreateCreditorInput(
      @NonNull @Description("The legal name.") String legalName,
      @Description("The SIREN: nine digits with a Luhn check; required unless a natural person.")
          String siren,
      @NonNull @Description("Whether the creditor is a natural person acting outside trade.")
          boolean naturalPersonOutsideTrade,
      @NonNull @Description("The postal address.") PostalAddressInput address,
      @NonNull @Description("The IBAN debtors pay into.") String iban,
      @Description("The BIC of that account.") String bic,
      @Description("The SEPA creditor identifier, for direct debits.")
          String sepaCreditorIdentifier,
      @NonNull @Description("The IANA time zone of its business dates, e.g. Europe/Paris.")
          String timeZone) {}
}
