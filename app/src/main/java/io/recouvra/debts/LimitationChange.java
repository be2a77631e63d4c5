package io.recouvra.debts;

import java.util.Optional;

/**
 * What recording or ending a limitation event did.
 *
 * @param event the event as now stored
 * @param limitation the debt's limitation after it; empty when the law tables hold no period
 */
public record LimitationChange(LimitationEventView event, Optional<LimitationView> limitation) {}
