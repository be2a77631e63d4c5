package io.recouvra.shared.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An amount given to the API, as received; the receiving module checks it.
 *
 * @param amount a plain decimal string
 * @param currency an ISO 4217 code
 */
@Input("MoneyInput")
@Description("An exact amount of money in one currency.")
public record MoneyInput(
    @NonNull
        @Description("A plain decimal string, at most the currency's decimals, e.g. \"120.50\".")
        String amount,
    @NonNull @Description("The ISO 4217 currency code, e.g. EUR.") String currency) {}
