package io.recouvra.debts.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The kinds of the law tables as the API names them: one GraphQL enum per table, each constant
 * named as the rules' own kind ({@link io.recouvra.debts.law.RateKind} and the others), which a
 * test keeps in step, so the rules stay free of API annotations.
 */
public final class LawKinds {
  private LawKinds() {}

  /** The percentages of the law. */
  @Enum("LawRateKind")
  @Description("What a dated percentage of the law is.")
  public enum RateKindType {
    /** Legal interest, creditor a natural person outside trade. */
    @Description(
        "The legal interest rate when the creditor is a natural person acting outside any trade"
            + " (Monetary and Financial Code L313-2), set each half-year.")
    LEGAL_INTEREST_NATURAL_PERSON_CREDITOR,
    /** Legal interest, all other cases. */
    @Description(
        "The legal interest rate in all other cases: every business creditor, whoever the debtor.")
    LEGAL_INTEREST_OTHER_CREDITOR,
    /** The ECB main refinancing rate. */
    @Description(
        "The ECB main refinancing rate in force on 1 January (for January to June) or 1 July (for"
            + " July to December), as Code de commerce L441-10 reads it.")
    ECB_MAIN_REFINANCING,
    /** The margin of late-payment penalties. */
    @Description("Points added to the ECB rate for penalties between professionals (L441-10).")
    LATE_PAYMENT_MARGIN,
    /** The margin of a public-sector buyer. */
    @Description("Points added to the ECB rate for late payment by a public-sector buyer.")
    PUBLIC_SECTOR_MARGIN,
    /** The surcharge after a judgment. */
    @Description(
        "Points added to the legal interest rate two months after a judgment becomes enforceable"
            + " (Monetary and Financial Code L313-3).")
    JUDGMENT_SURCHARGE
  }

  /** The figures of the law that are not percentages. */
  @Enum("LawTermKind")
  @Description("What a dated figure of the law that is not a percentage is, unit included.")
  public enum TermKindType {
    /** The floor factor of a contract penalty rate. */
    @Description(
        "How many times the legal interest rate (all other cases) a contract penalty rate must at"
            + " least be (Code de commerce L441-10).")
    CONTRACT_RATE_FLOOR_FACTOR,
    /** The recovery indemnity, in euros. */
    @Description("The fixed recovery indemnity per invoice paid late, in euros (D441-5).")
    RECOVERY_INDEMNITY_EUR,
    /** The public-sector recovery indemnity, in euros. */
    @Description("The fixed recovery indemnity owed by a public-sector buyer, in euros.")
    PUBLIC_SECTOR_RECOVERY_INDEMNITY_EUR,
    /** The delay of the judgment surcharge, in months. */
    @Description(
        "Months after a judgment becomes enforceable at the end of which the legal rate rises"
            + " (Monetary and Financial Code L313-3).")
    JUDGMENT_SURCHARGE_DELAY_MONTHS
  }

  /** The limitation periods of the law. */
  @Enum("LimitationPeriodKind")
  @Description("What a dated limitation period is for.")
  public enum PeriodKindType {
    /** The general period. */
    @Description("The general period (Code civil 2224; between merchants Code de commerce L110-4).")
    GENERAL,
    /** A professional's claim on a consumer. */
    @Description("A professional's claim on a consumer for goods or services (Code conso. L218-2).")
    CONSUMER_SUPPLY,
    /** Residential rent. */
    @Description("Residential rent.")
    RESIDENTIAL_RENT,
    /** Insurance premiums. */
    @Description("Insurance premiums.")
    INSURANCE_PREMIUM,
    /** Sums due to a telecom operator. */
    @Description("Sums due to a telecom operator.")
    TELECOM,
    /** Carriage of goods. */
    @Description("Carriage of goods.")
    CARRIAGE,
    /** Enforcement of a judgment. */
    @Description("Enforcement of a judgment (CPCE L111-4).")
    JUDGMENT,
    /** Consumer credit. */
    @Description("Consumer credit: a forclusion from the first unregularised payment incident.")
    CONSUMER_CREDIT,
    /** The long stop. */
    @Description(
        "The long stop from the birth of the right, beyond which nothing extends (Code civil"
            + " 2232).")
    LONG_STOP,
    /** What is left at least after a mediation. */
    @Description(
        "The shortest time left to act once a mediation or conciliation ends (Code civil 2238).")
    MEDIATION_RESUMPTION_MINIMUM
  }

  /** Prescription or forclusion. */
  @Enum("LimitationPeriodRegime")
  @Description(
      "Whether a limitation period is a prescription or a forclusion, which decides the events"
          + " that move it.")
  public enum RegimeType {
    /** Prescription. */
    @Description(
        "Prescription extinctive: interrupted by an acknowledgment, suspended by a mediation.")
    PRESCRIPTION,
    /** Forclusion. */
    @Description(
        "Forclusion: neither suspended nor interrupted by an acknowledgment (Code civil"
            + " 2220).")
    FORCLUSION
  }
}
