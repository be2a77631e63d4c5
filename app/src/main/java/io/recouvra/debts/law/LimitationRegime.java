package io.recouvra.debts.law;

import org.eclipse.microprofile.graphql.Description;

/**
 * Whether a period is a prescription or a forclusion, which decides the events that move it:
 * acknowledgment and suspension act on prescription only (Code civil 2220, 2240); a court claim and
 * an enforcement act interrupt both (2241, 2244).
 */
@Description("Whether a limitation period is a prescription or a forclusion.")
public enum LimitationRegime {
  /** Prescription extinctive (Code civil 2219 and following). */
  @Description("Prescription extinctive (Code civil 2219 and following).")
  PRESCRIPTION,
  /** Délai de forclusion: not suspended, not interrupted by acknowledgment (Code civil 2220). */
  @Description(
      "Forclusion (delai de forclusion): not suspended, not interrupted by acknowledgment (Code"
          + " civil 2220).")
  FORCLUSION
}
