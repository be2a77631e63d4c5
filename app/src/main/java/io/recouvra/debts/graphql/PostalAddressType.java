package io.recouvra.debts.graphql;

import io.recouvra.debts.PostalAddress;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A postal address as the API shows it. */
@Type("PostalAddress")
@Description("A postal address as printed on a letter.")
public class PostalAddressType {
  private final PostalAddress address;

  PostalAddressType(PostalAddress address) {
    this.address = address;
  }

  @NonNull
  @Description("The lines above the postal code and city.")
  public List<@NonNull String> getLines() {
    return address.lines();
  }

  @NonNull
  @Description("The postal code.")
  public String getPostalCode() {
    return address.postalCode();
  }

  @NonNull
  @Description("The city.")
  public String getCity() {
    return address.city();
  }

  @NonNull
  @Description("The ISO 3166-1 alpha-2 country code, e.g. FR.")
  public String getCountry() {
    return address.country();
  }
}
