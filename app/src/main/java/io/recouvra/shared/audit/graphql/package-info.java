/** The audit log's GraphQL operations. */
package io.recouvra.shared.audit.graphql;
