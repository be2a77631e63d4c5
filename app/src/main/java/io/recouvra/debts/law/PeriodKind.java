package io.recouvra.debts.law;

import org.eclipse.microprofile.graphql.Description;

/** The dated lengths of time that limitation reads (domain-rules.md section 3). */
@Description("What a limitation period of the law is for.")
public enum PeriodKind {
  /** General period: 5 years (Code civil 2224; between merchants Code de commerce L110-4). */
  @Description(
      "General period: 5 years (Code civil 2224; between merchants Code de commerce L110-4).")
  GENERAL,
  /** A professional's claim on a consumer for goods or services: 2 years (Code conso. L218-2). */
  @Description(
      "A professional's claim on a consumer for goods or services: 2 years (Code conso. "
          + "L218-2).")
  CONSUMER_SUPPLY,
  /** Residential rent: 3 years (verify). */
  @Description("Residential rent: 3 years (verify).")
  RESIDENTIAL_RENT,
  /** Insurance premiums: 2 years (verify). */
  @Description("Insurance premiums: 2 years (verify).")
  INSURANCE_PREMIUM,
  /** Sums due to a telecom operator: 1 year (verify). */
  @Description("Sums due to a telecom operator: 1 year (verify).")
  TELECOM,
  /** Carriage of goods: 1 year (verify). */
  @Description("Carriage of goods: 1 year (verify).")
  CARRIAGE,
  /** Enforcement of a judgment: 10 years (CPCE L111-4; verify). */
  @Description("Enforcement of a judgment: 10 years (CPCE L111-4; verify).")
  JUDGMENT,
  /** Consumer credit: a 2-year forclusion from the first unregularised incident (verify). */
  @Description(
      "Consumer credit: a 2-year forclusion from the first unregularised incident (verify).")
  CONSUMER_CREDIT,
  /** The long stop from the birth of the right, beyond which nothing extends (Code civil 2232). */
  @Description(
      "The long stop from the birth of the right, beyond which nothing extends (Code civil "
          + "2232).")
  LONG_STOP,
  /** The shortest time left to act once a mediation or conciliation ends (Code civil 2238). */
  @Description(
      "The shortest time left to act once a mediation or conciliation ends (Code civil 2238).")
  MEDIATION_RESUMPTION_MINIMUM
}
