/** Checks of public identifiers: SIREN, IBAN, BIC. */
package io.recouvra.shared.identifiers;
