package io.recouvra.debts.graphql;

import io.recouvra.debts.CreditorView;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A creditor as the API shows it. */
@Type("Creditor")
@Description("A business owed money, and a tenant of Recouvra: it controls its debtors' data.")
public class CreditorNode implements Node {
  static final String TYPE = "Creditor";
  private final CreditorView creditor;

  CreditorNode(CreditorView creditor) {
    this.creditor = creditor;
  }

  CreditorView view() {
    return creditor;
  }

  @Id
  @NonNull
  @Override
  @Description("The creditor's opaque global id.")
  public String getId() {
    return GlobalIds.encode(TYPE, creditor.id().value());
  }

  @NonNull
  @Description("The legal name.")
  public String getLegalName() {
    return creditor.legalName();
  }

  @Description("The SIREN, nine digits; absent for a natural person outside trade.")
  public String getSiren() {
    return creditor.siren().orElse(null);
  }

  @NonNull
  @Description(
      "Whether the creditor is a natural person acting outside trade, which selects the legal"
          + " interest rate's column.")
  public boolean isNaturalPersonOutsideTrade() {
    return creditor.naturalPersonOutsideTrade();
  }

  @NonNull
  @Description("The postal address.")
  public PostalAddressType getAddress() {
    return new PostalAddressType(creditor.address());
  }

  @NonNull
  @Description("The IBAN debtors pay into.")
  public String getIban() {
    return creditor.iban();
  }

  @Description("The BIC of that account, when given.")
  public String getBic() {
    return creditor.bic().orElse(null);
  }

  @Description("The SEPA creditor identifier, when the creditor collects direct debits.")
  public String getSepaCreditorIdentifier() {
    return creditor.sepaCreditorIdentifier().orElse(null);
  }

  @NonNull
  @Description("The IANA time zone of the creditor's business dates, e.g. Europe/Paris.")
  public String getTimeZone() {
    return creditor.timeZone().getId();
  }

  @NonNull
  @Description(
      "How many days before a debt's last day to act it enters the limitation alerts queue;"
          + " 90 unless an administrator set another.")
  public int getLimitationAlertDays() {
    return creditor.limitationAlertDays();
  }
}
