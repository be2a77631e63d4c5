/** The job runner's GraphQL operations, for administrators. */
package io.recouvra.shared.jobs.graphql;
