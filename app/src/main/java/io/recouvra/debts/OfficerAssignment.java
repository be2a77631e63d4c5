package io.recouvra.debts;

import io.recouvra.shared.id.CreditorId;
import java.time.Instant;

/**
 * A creditor assigned to a compliance officer, who then oversees that creditor's collection.
 *
 * @param creditor the creditor overseen
 * @param officer the officer's account subject
 * @param since when the administrator assigned it
 * @param by the administrator's subject
 */
public record OfficerAssignment(CreditorId creditor, String officer, Instant since, String by) {}
