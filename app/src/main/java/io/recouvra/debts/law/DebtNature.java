package io.recouvra.debts.law;

import org.eclipse.microprofile.graphql.Description;

/** What a debt is for, as far as the limitation period depends on it (domain-rules.md s. 3). */
@Description("What a debt is for, as far as its limitation period depends on it.")
public enum DebtNature {
  /** Goods or services supplied: 2 years against a consumer, 5 years otherwise. */
  @Description("Goods or services supplied: 2 years against a consumer, 5 years otherwise.")
  GOODS_OR_SERVICES,
  /** Rent of a dwelling. */
  @Description("Rent of a dwelling.")
  RESIDENTIAL_RENT,
  /** An insurance premium. */
  @Description("An insurance premium.")
  INSURANCE_PREMIUM,
  /** Sums due to a telecom operator for its services. */
  @Description("Sums due to a telecom operator for its services.")
  TELECOM_SERVICE,
  /** Carriage of goods. */
  @Description("Carriage of goods.")
  CARRIAGE,
  /** A sum ordered by a judgment, to be enforced. */
  @Description("A sum ordered by a judgment, to be enforced.")
  JUDGMENT,
  /** A consumer credit; the period is a forclusion from the first unregularised incident. */
  @Description(
      "A consumer credit: a 2-year forclusion from the first unregularised payment incident.")
  CONSUMER_CREDIT
}
