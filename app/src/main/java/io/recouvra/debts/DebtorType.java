package io.recouvra.debts;

/** The kind of person who owes, which decides the rules that apply (domain-rules.md section 1). */
public enum DebtorType {
  /** A natural person acting outside any trade. */
  CONSUMER,
  /** A business, or a person acting for their trade. */
  PROFESSIONAL,
  /** A legal person that is not a professional: an association, a co-ownership syndicate. */
  NON_PROFESSIONAL,
  /** A public body. */
  PUBLIC_ENTITY
}
