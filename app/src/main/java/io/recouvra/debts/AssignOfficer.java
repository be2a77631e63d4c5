package io.recouvra.debts;

import io.recouvra.shared.id.CreditorId;

/**
 * The command to assign a creditor to a compliance officer, or to withdraw the assignment.
 *
 * @param creditor the creditor
 * @param officerUsername the name the officer signs in with at the identity provider
 */
public record AssignOfficer(CreditorId creditor, String officerUsername) {}
