package io.recouvra.debts.law;

/** What a debt is for, as far as the limitation period depends on it (domain-rules.md s. 3). */
public enum DebtNature {
  /** Goods or services supplied: 2 years against a consumer, 5 years otherwise. */
  GOODS_OR_SERVICES,
  /** Rent of a dwelling. */
  RESIDENTIAL_RENT,
  /** An insurance premium. */
  INSURANCE_PREMIUM,
  /** Sums due to a telecom operator for its services. */
  TELECOM_SERVICE,
  /** Carriage of goods. */
  CARRIAGE,
  /** A sum ordered by a judgment, to be enforced. */
  JUDGMENT,
  /** A consumer credit; the period is a forclusion from the first unregularised incident. */
  CONSUMER_CREDIT
}
