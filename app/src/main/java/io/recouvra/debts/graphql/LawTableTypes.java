package io.recouvra.debts.graphql;

import io.recouvra.debts.AddedLawRow;
import io.recouvra.debts.LawTableGaps;
import io.recouvra.debts.NewLawRate;
import io.recouvra.debts.NewLawRow;
import io.recouvra.debts.NewLawTerm;
import io.recouvra.debts.NewLimitationPeriod;
import io.recouvra.debts.StoredLawRow;
import io.recouvra.debts.graphql.LawKinds.PeriodKindType;
import io.recouvra.debts.graphql.LawKinds.RateKindType;
import io.recouvra.debts.graphql.LawKinds.RegimeType;
import io.recouvra.debts.graphql.LawKinds.TermKindType;
import io.recouvra.debts.law.DatedRate;
import io.recouvra.debts.law.DatedTerm;
import io.recouvra.debts.law.LimitationPeriod;
import io.recouvra.debts.law.LimitationRegime;
import io.recouvra.debts.law.PeriodKind;
import io.recouvra.debts.law.RateKind;
import io.recouvra.debts.law.TermKind;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.graphql.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The types, inputs and payloads of the law tables' API. */
public final class LawTableTypes {
  private LawTableTypes() {}

  @Type("LawRowEntry")
  @Description("Who entered a row of a law table, when, and whether a later row ended it.")
  public record LawRowEntry(
      @NonNull
          @Description(
              "The account id of the administrator who added it, or system for a row shipped"
                  + " with Recouvra.")
          String addedBy,
      @NonNull @Description("When it was added.") Instant addedAt,
      @Description("Who ended it by adding its successor with closePrevious, if anyone did.")
          String closedBy,
      @Description("When that happened.") Instant closedAt) {

    static LawRowEntry of(StoredLawRow<?> stored) {
      return new LawRowEntry(
          stored.addedBy(),
          stored.addedAt(),
          stored.closedBy().orElse(null),
          stored.closedAt().orElse(null));
    }
  }

  @Type("LawRateRow")
  @Description(
      "A dated percentage of the law, from its legal reference: rows of one kind never overlap,"
          + " and a day no row covers stops every computation that needs it.")
  public record LawRateRow(
      @NonNull @Description("What the percentage is.") RateKindType kind,
      @NonNull @Description("The first day it applies to.") LocalDate validFrom,
      @Description("The last day it applies to; null while in force with no known end.")
          LocalDate validTo,
      @NonNull
          @Description("The rate in percent per year, as a decimal string: \"2.15\" is 2.15 %.")
          String percent,
      @NonNull @Description("The text that sets it: a ministerial order, an article.")
          String legalReference,
      @Description("Whether the figure was checked against that text.") boolean verified,
      @NonNull @Description("What is still unconfirmed, or how the row applies; may be empty.")
          String note,
      @NonNull @Description("Who entered it, and when.") LawRowEntry entry) {

    static LawRateRow of(StoredLawRow<DatedRate> stored) {
      DatedRate row = stored.row();
      return new LawRateRow(
          RateKindType.valueOf(row.kind().name()),
          row.validFrom(),
          lastDay(row.validTo()),
          row.percent().toPlainString(),
          row.legalReference(),
          row.verified(),
          row.note(),
          LawRowEntry.of(stored));
    }
  }

  @Type("LawTermRow")
  @Description(
      "A dated figure of the law that is not a percentage (a factor, euros, months), from its"
          + " legal reference; rows of one kind never overlap.")
  public record LawTermRow(
      @NonNull @Description("What the figure is; its unit is in the kind's name.")
          TermKindType kind,
      @NonNull @Description("The first day it applies to.") LocalDate validFrom,
      @Description("The last day it applies to; null while in force with no known end.")
          LocalDate validTo,
      @NonNull @Description("The figure, as a decimal string, e.g. \"40\".") String value,
      @NonNull @Description("The text that sets it: a ministerial order, an article.")
          String legalReference,
      @Description("Whether the figure was checked against that text.") boolean verified,
      @NonNull @Description("What is still unconfirmed, or how the row applies; may be empty.")
          String note,
      @NonNull @Description("Who entered it, and when.") LawRowEntry entry) {

    static LawTermRow of(StoredLawRow<DatedTerm> stored) {
      DatedTerm row = stored.row();
      return new LawTermRow(
          TermKindType.valueOf(row.kind().name()),
          row.validFrom(),
          lastDay(row.validTo()),
          row.value().toPlainString(),
          row.legalReference(),
          row.verified(),
          row.note(),
          LawRowEntry.of(stored));
    }
  }

  @Type("LimitationPeriodRow")
  @Description(
      "A dated limitation period, for periods starting on its days, from its legal reference;"
          + " rows of one kind never overlap.")
  public record LimitationPeriodRow(
      @NonNull @Description("What the period is for.") PeriodKindType kind,
      @NonNull @Description("Prescription or forclusion.") RegimeType regime,
      @NonNull @Description("Its length as an ISO-8601 period, e.g. \"P5Y\" or \"P6M\".")
          String length,
      @NonNull @Description("The first starting day it applies to.") LocalDate validFrom,
      @Description("The last starting day it applies to; null while in force with no end.")
          LocalDate validTo,
      @NonNull @Description("The text that sets it: an article, a statute.") String legalReference,
      @Description("Whether the figure was checked against that text.") boolean verified,
      @NonNull @Description("What is still unconfirmed, or how the row applies; may be empty.")
          String note,
      @NonNull @Description("Who entered it, and when.") LawRowEntry entry) {

    static LimitationPeriodRow of(StoredLawRow<LimitationPeriod> stored) {
      LimitationPeriod row = stored.row();
      return new LimitationPeriodRow(
          PeriodKindType.valueOf(row.kind().name()),
          RegimeType.valueOf(row.regime().name()),
          row.length().toString(),
          row.validFrom(),
          lastDay(row.validTo()),
          row.legalReference(),
          row.verified(),
          row.note(),
          LawRowEntry.of(stored));
    }
  }

  @Type("LawTableGaps")
  @Description(
      "The kinds of each law table that no row covers on one day. Each stops every computation"
          + " that needs it on that day until an administrator adds the row; nothing counts as"
          + " zero.")
  public record LawTableGapsType(
      @NonNull @Description("The day looked at.") LocalDate on,
      @NonNull @Description("The percentages unknown that day.")
          List<@NonNull RateKindType> rateKinds,
      @NonNull @Description("The other figures unknown that day.")
          List<@NonNull TermKindType> termKinds,
      @NonNull @Description("The limitation periods unknown for a period starting that day.")
          List<@NonNull PeriodKindType> periodKinds) {

    static LawTableGapsType of(LawTableGaps gaps) {
      return new LawTableGapsType(
          gaps.day(),
          gaps.rateKinds().stream().map(k -> RateKindType.valueOf(k.name())).toList(),
          gaps.termKinds().stream().map(k -> TermKindType.valueOf(k.name())).toList(),
          gaps.periodKinds().stream().map(k -> PeriodKindType.valueOf(k.name())).toList());
    }
  }

  @Input("AddLawRateInput")
  @Description("A dated percentage of the law to add.")
  public record AddLawRateInput(
      @NonNull @Description("What the percentage is.") RateKindType kind,
      @NonNull
          @Description(
              "The rate in percent per year, a decimal with a dot and at most 4 decimals, 0 to 50:"
                  + " \"2.15\" for 2.15 %.")
          String percent,
      @NonNull @Description("The first day it applies to.") LocalDate validFrom,
      @Description("The last day it applies to; absent while in force with no known end.")
          LocalDate validTo,
      @NonNull @Description("The text that sets it; at most 500 characters.") String legalReference,
      @NonNull @Description("Whether the figure was checked against that text.") Boolean verified,
      @Description("What is still unconfirmed, or how the row applies; at most 1000 characters.")
          String note,
      @DefaultValue("false")
          @Description(
              "End the open-ended row of this kind that started earlier the day before validFrom;"
                  + " without it, that row is an overlap and the row is refused.")
          Boolean closePrevious) {

    NewLawRate command() {
      return new NewLawRate(
          kind == null ? null : RateKind.valueOf(kind.name()),
          percent,
          row(validFrom, validTo, legalReference, verified, note, closePrevious));
    }
  }

  @Input("AddLawTermInput")
  @Description("A dated figure of the law that is not a percentage, to add.")
  public record AddLawTermInput(
      @NonNull @Description("What the figure is; its unit is in the kind's name.")
          TermKindType kind,
      @NonNull
          @Description(
              "The figure, a decimal with a dot above zero: at most 2 decimals, a whole number of"
                  + " months.")
          String value,
      @NonNull @Description("The first day it applies to.") LocalDate validFrom,
      @Description("The last day it applies to; absent while in force with no known end.")
          LocalDate validTo,
      @NonNull @Description("The text that sets it; at most 500 characters.") String legalReference,
      @NonNull @Description("Whether the figure was checked against that text.") Boolean verified,
      @Description("What is still unconfirmed, or how the row applies; at most 1000 characters.")
          String note,
      @DefaultValue("false")
          @Description(
              "End the open-ended row of this kind that started earlier the day before validFrom;"
                  + " without it, that row is an overlap and the row is refused.")
          Boolean closePrevious) {

    NewLawTerm command() {
      return new NewLawTerm(
          kind == null ? null : TermKind.valueOf(kind.name()),
          value,
          row(validFrom, validTo, legalReference, verified, note, closePrevious));
    }
  }

  @Input("AddLimitationPeriodInput")
  @Description("A dated limitation period to add, for periods starting on its days.")
  public record AddLimitationPeriodInput(
      @NonNull @Description("What the period is for.") PeriodKindType kind,
      @NonNull @Description("Prescription or forclusion.") RegimeType regime,
      @NonNull
          @Description(
              "Its length as an ISO-8601 period of years and months, at most 30 years: \"P5Y\","
                  + " \"P6M\".")
          String length,
      @NonNull @Description("The first starting day it applies to.") LocalDate validFrom,
      @Description("The last starting day it applies to; absent while in force with no end.")
          LocalDate validTo,
      @NonNull @Description("The text that sets it; at most 500 characters.") String legalReference,
      @NonNull @Description("Whether the figure was checked against that text.") Boolean verified,
      @Description("What is still unconfirmed, or how the row applies; at most 1000 characters.")
          String note,
      @DefaultValue("false")
          @Description(
              "End the open-ended row of this kind that started earlier the day before validFrom;"
                  + " without it, that row is an overlap and the row is refused.")
          Boolean closePrevious) {

    NewLimitationPeriod command() {
      return new NewLimitationPeriod(
          kind == null ? null : PeriodKind.valueOf(kind.name()),
          regime == null ? null : LimitationRegime.valueOf(regime.name()),
          length,
          row(validFrom, validTo, legalReference, verified, note, closePrevious));
    }
  }

  @Type("AddLawRatePayload")
  @Description("The rate row added, and the row it ended, or why it was refused.")
  public record AddLawRatePayload(
      @Description("The new row.") LawRateRow rate,
      @Description("The open-ended row now ending the day before it, with closePrevious.")
          LawRateRow closedRate,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {

    static AddLawRatePayload of(Outcome<AddedLawRow<DatedRate>> outcome) {
      return new AddLawRatePayload(
          added(outcome, LawRateRow::of),
          closed(outcome, LawRateRow::of),
          UserError.of(outcome.problems()));
    }
  }

  @Type("AddLawTermPayload")
  @Description("The term row added, and the row it ended, or why it was refused.")
  public record AddLawTermPayload(
      @Description("The new row.") LawTermRow term,
      @Description("The open-ended row now ending the day before it, with closePrevious.")
          LawTermRow closedTerm,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {

    static AddLawTermPayload of(Outcome<AddedLawRow<DatedTerm>> outcome) {
      return new AddLawTermPayload(
          added(outcome, LawTermRow::of),
          closed(outcome, LawTermRow::of),
          UserError.of(outcome.problems()));
    }
  }

  @Type("AddLimitationPeriodPayload")
  @Description("The limitation period row added, and the row it ended, or why it was refused.")
  public record AddLimitationPeriodPayload(
      @Description("The new row.") LimitationPeriodRow period,
      @Description("The open-ended row now ending the day before it, with closePrevious.")
          LimitationPeriodRow closedPeriod,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {

    static AddLimitationPeriodPayload of(Outcome<AddedLawRow<LimitationPeriod>> outcome) {
      return new AddLimitationPeriodPayload(
          added(outcome, LimitationPeriodRow::of),
          closed(outcome, LimitationPeriodRow::of),
          UserError.of(outcome.problems()));
    }
  }

  private static NewLawRow row(
      LocalDate validFrom,
      LocalDate validTo,
      String legalReference,
      Boolean verified,
      String note,
      Boolean closePrevious) {
    return new NewLawRow(
        validFrom,
        Optional.ofNullable(validTo),
        legalReference,
        verified,
        Optional.ofNullable(note),
        Boolean.TRUE.equals(closePrevious));
  }

  private static <R, T> T added(
      Outcome<AddedLawRow<R>> outcome, Function<StoredLawRow<R>, T> type) {
    return outcome.value().map(done -> type.apply(done.added())).orElse(null);
  }

  private static <R, T> T closed(
      Outcome<AddedLawRow<R>> outcome, Function<StoredLawRow<R>, T> type) {
    return outcome.value().flatMap(AddedLawRow::closed).map(type).orElse(null);
  }

  /** The last day as the API writes it: none while the row is in force. */
  private static LocalDate lastDay(LocalDate ruleLastDay) {
    return ruleLastDay.equals(LocalDate.MAX) ? null : ruleLastDay;
  }
}
