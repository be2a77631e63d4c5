/** The files mechanism's GraphQL operations: download links for the caller. */
package io.recouvra.shared.files.graphql;
