/**
 * Accounts at the identity provider (Keycloak): the client applications and staff accounts that
 * Recouvra creates when an administrator onboards a creditor, and the look-ups an administrator
 * needs to assign compliance officers. Recouvra calls Keycloak's admin API with its own service
 * account ({@code recouvra-admin}); it never stores a password or a client secret.
 */
package io.recouvra.shared.accounts;
