package io.recouvra.debts.graphql;

import io.recouvra.debts.RateTables;
import io.recouvra.debts.graphql.LawKinds.PeriodKindType;
import io.recouvra.debts.graphql.LawKinds.RateKindType;
import io.recouvra.debts.graphql.LawKinds.TermKindType;
import io.recouvra.debts.graphql.LawTableTypes.AddLawRateInput;
import io.recouvra.debts.graphql.LawTableTypes.AddLawRatePayload;
import io.recouvra.debts.graphql.LawTableTypes.AddLawTermInput;
import io.recouvra.debts.graphql.LawTableTypes.AddLawTermPayload;
import io.recouvra.debts.graphql.LawTableTypes.AddLimitationPeriodInput;
import io.recouvra.debts.graphql.LawTableTypes.AddLimitationPeriodPayload;
import io.recouvra.debts.graphql.LawTableTypes.LawRateRow;
import io.recouvra.debts.graphql.LawTableTypes.LawTableGapsType;
import io.recouvra.debts.graphql.LawTableTypes.LawTermRow;
import io.recouvra.debts.graphql.LawTableTypes.LimitationPeriodRow;
import io.recouvra.debts.law.PeriodKind;
import io.recouvra.debts.law.RateKind;
import io.recouvra.debts.law.TermKind;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.caller.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The law's rate tables (docs/adr/0013): staff read them, administrators add rows. The tables are a
 * few rows per kind and half-year, so they are plain lists, not connections.
 */
@GraphQLApi
@ApplicationScoped
public class LawTablesApi {
  @Inject RateTables tables;
  @Inject CurrentCaller currentCaller;

  @Query("lawRates")
  @Description(
      "The dated percentages of the law (legal interest, the ECB rate, the margins), by kind then"
          + " first day. Staff and client apps.")
  @Allowed({Role.ADMIN, Role.CREDIT_CONTROLLER, Role.COMPLIANCE_OFFICER, Role.CLIENT_APP})
  public @NonNull List<@NonNull LawRateRow> lawRates(
      @Name("kind") @Description("Only this kind; every kind when absent.") RateKindType kind) {
    return tables.rates(Optional.ofNullable(kind).map(k -> RateKind.valueOf(k.name()))).stream()
        .map(LawRateRow::of)
        .toList();
  }

  @Query("lawTerms")
  @Description(
      "The dated figures of the law that are not percentages (factors, fixed amounts, delays), by"
          + " kind then first day. Staff.")
  @Allowed({Role.ADMIN, Role.CREDIT_CONTROLLER, Role.COMPLIANCE_OFFICER})
  public @NonNull List<@NonNull LawTermRow> lawTerms(
      @Name("kind") @Description("Only this kind; every kind when absent.") TermKindType kind) {
    return tables.terms(Optional.ofNullable(kind).map(k -> TermKind.valueOf(k.name()))).stream()
        .map(LawTermRow::of)
        .toList();
  }

  @Query("limitationPeriods")
  @Description("The dated limitation periods, by kind then first starting day. Staff.")
  @Allowed({Role.ADMIN, Role.CREDIT_CONTROLLER, Role.COMPLIANCE_OFFICER})
  public @NonNull List<@NonNull LimitationPeriodRow> limitationPeriods(
      @Name("kind") @Description("Only this kind; every kind when absent.") PeriodKindType kind) {
    return tables.periods(Optional.ofNullable(kind).map(k -> PeriodKind.valueOf(k.name()))).stream()
        .map(LimitationPeriodRow::of)
        .toList();
  }

  @Query("lawTableGaps")
  @Description(
      "The kinds of each law table that no row covers on a day: each stops the computations that"
          + " need it until an administrator adds the row. Staff.")
  @Allowed({Role.ADMIN, Role.CREDIT_CONTROLLER, Role.COMPLIANCE_OFFICER})
  public @NonNull LawTableGapsType lawTableGaps(
      @Name("on")
          @Description(
              "The day to look at; today when absent, in the time zone of the caller's creditor"
                  + " (in France for a caller acting for none).")
          LocalDate on) {
    return LawTableGapsType.of(tables.gaps(currentCaller.get(), Optional.ofNullable(on)));
  }

  @Mutation("addLawRate")
  @Description(
      "Adds a dated percentage of the law, in force from the next computation on every server."
          + " Refused, naming the row, when it shares a day with a row of its kind. Administrators"
          + " only.")
  @Allowed(Role.ADMIN)
  public @NonNull AddLawRatePayload addLawRate(
      @NonNull @Name("input") @Description("The mutation's input.") AddLawRateInput input) {
    return AddLawRatePayload.of(tables.addRate(currentCaller.get(), input.command()));
  }

  @Mutation("addLawTerm")
  @Description(
      "Adds a dated figure of the law that is not a percentage. Refused, naming the row, when it"
          + " shares a day with a row of its kind. Administrators only.")
  @Allowed(Role.ADMIN)
  public @NonNull AddLawTermPayload addLawTerm(
      @NonNull @Name("input") @Description("The mutation's input.") AddLawTermInput input) {
    return AddLawTermPayload.of(tables.addTerm(currentCaller.get(), input.command()));
  }

  @Mutation("addLimitationPeriod")
  @Description(
      "Adds a dated limitation period. Refused, naming the row, when it shares a starting day"
          + " with a row of its kind. Administrators only.")
  @Allowed(Role.ADMIN)
  public @NonNull AddLimitationPeriodPayload addLimitationPeriod(
      @NonNull @Name("input") @Description("The mutation's input.")
          AddLimitationPeriodInput input) {
    return AddLimitationPeriodPayload.of(tables.addPeriod(currentCaller.get(), input.command()));
  }
}
