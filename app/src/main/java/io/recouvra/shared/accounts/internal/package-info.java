/** The Keycloak admin API client behind {@link io.recouvra.shared.accounts.Accounts}. */
package io.recouvra.shared.accounts.internal;
