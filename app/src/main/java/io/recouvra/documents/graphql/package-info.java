/** The documents module's GraphQL operations. */
package io.recouvra.documents.graphql;
