/** The database schema's versions, applied at start-up. */
package io.recouvra.shared.persistence;
