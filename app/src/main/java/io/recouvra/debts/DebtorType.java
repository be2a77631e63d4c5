package io.recouvra.debts;

import org.eclipse.microprofile.graphql.Description;

/** The kind of person who owes, which decides the rules that apply (domain-rules.md section 1). */
@Description("The kind of debtor, which decides the rules that apply.")
public enum DebtorType {
  /** A natural person acting outside any trade. */
  @Description("A natural person acting outside any trade.")
  CONSUMER,
  /** A business, or a person acting for their trade. */
  @Description("A business, or a person acting for their trade.")
  PROFESSIONAL,
  /** A legal person that is not a professional: an association, a co-ownership syndicate. */
  @Description(
      "A legal person that is not a professional: an association, a co-ownership syndicate.")
  NON_PROFESSIONAL,
  /** A public body. */
  @Description("A public body.")
  PUBLIC_ENTITY
}
