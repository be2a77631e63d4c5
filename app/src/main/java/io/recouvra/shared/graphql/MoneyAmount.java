package io.recouvra.shared.graphql;

import io.recouvra.shared.money.Money;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An exact amount of money in one currency, as the API shows it. */
@Type("Money")
@Description("An exact amount of money in one currency.")
public class MoneyAmount {
  private final Money money;

  private MoneyAmount(Money money) {
    this.money = money;
  }

  public static MoneyAmount of(Money money) {
    return new MoneyAmount(money);
  }

  @NonNull
  @Description("The amount as a decimal string with the currency's minor unit, e.g. \"120.50\".")
  public String getAmount() {
    return money.amountText();
  }

  @NonNull
  @Description("The ISO 4217 currency code, e.g. EUR.")
  public String getCurrency() {
    return money.currency().getCurrencyCode();
  }
}
