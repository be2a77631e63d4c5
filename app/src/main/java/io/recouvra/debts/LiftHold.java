package io.recouvra.debts;

import java.util.UUID;

/**
 * The command to lift a hold; only the hold's source may lift it.
 *
 * @param hold the hold's id
 * @param source who lifts it; must be the source that placed it
 * @param note why; optional
 */
public record LiftHold(UUID hold, String source, String note) {}
