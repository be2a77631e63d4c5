package io.recouvra.debts;

import io.recouvra.shared.accounts.ClientApp;
import io.recouvra.shared.accounts.StaffAccount;

/**
 * An onboarded creditor with the credentials to hand over, once: its application's client id and
 * secret, and its first credit controller's sign-in and temporary password.
 *
 * @param creditor the new creditor
 * @param clientApp its client application
 * @param firstStaff its first credit controller
 */
public record Onboarding(CreditorView creditor, ClientApp clientApp, StaffAccount firstStaff) {}
