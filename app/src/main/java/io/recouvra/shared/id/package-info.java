/**
 * Identifiers: typed ids of the core aggregates (creditor, debtor, debt) and the opaque global ids
 * the GraphQL API hands out.
 */
package io.recouvra.shared.id;
