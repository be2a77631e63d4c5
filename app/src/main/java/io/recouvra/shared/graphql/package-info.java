/**
 * The GraphQL conventions shared by every module's resolvers: global ids, {@code Money}, page
 * sizes, {@code PageInfo}, {@code UserError}, the {@code Node} interface and the request limits.
 */
package io.recouvra.shared.graphql;
