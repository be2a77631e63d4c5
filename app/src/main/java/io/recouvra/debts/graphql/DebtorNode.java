package io.recouvra.debts.graphql;

import io.recouvra.debts.DebtorType;
import io.recouvra.debts.DebtorView;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A debtor record as the API shows it. */
@Type("Debtor")
@Description("One person or organisation as known to one creditor, who owes it one or more debts.")
public class DebtorNode implements Node {
  static final String TYPE = "Debtor";
  private final DebtorView debtor;

  DebtorNode(DebtorView debtor) {
    this.debtor = debtor;
  }

  DebtorView view() {
    return debtor;
  }

  @Id
  @NonNull
  @Override
  @Description("The debtor record's opaque global id.")
  public String getId() {
    return GlobalIds.encode(TYPE, debtor.id().value());
  }

  @NonNull
  @Description("The creditor's own reference for this debtor.")
  public String getCustomerReference() {
    return debtor.customerReference();
  }

  @NonNull
  @Description("The kind of debtor, which decides the rules that apply.")
  public DebtorType getType() {
    return debtor.type();
  }

  @NonNull
  @Description("The name to address the debtor by.")
  public String getName() {
    return debtor.name();
  }

  @Description("The postal address, when known.")
  public PostalAddressType getPostalAddress() {
    return debtor.postalAddress().map(PostalAddressType::new).orElse(null);
  }

  @Description("The e-mail address, when known.")
  public String getEmail() {
    return debtor.email().orElse(null);
  }

  @Description("The phone number in E.164 form, when known.")
  public String getPhone() {
    return debtor.phone().orElse(null);
  }

  @NonNull
  @Description("The language the debtor is written to in: fr or en.")
  public String getLanguage() {
    return debtor.language().toLanguageTag();
  }

  @NonNull
  @Description("The IANA time zone of the debtor's contact windows.")
  public String getTimeZone() {
    return debtor.timeZone().getId();
  }
}
