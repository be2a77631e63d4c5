package io.recouvra.shared.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An amount given to the API. */
@Input("MoneyInput")
@Description("An exact amount of money in one currency.")
public class MoneyInput {
  private String amount;
  private String currency;

  @NonNull
  @Description("A plain decimal string, at most the currency's decimals, e.g. \"120.50\".")
  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  @NonNull
  @Description("The ISO 4217 currency code, e.g. EUR.")
  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }
}
