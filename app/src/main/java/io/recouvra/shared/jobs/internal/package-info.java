/** The job runner's storage, lease rules and pollers; private to the job runner. */
package io.recouvra.shared.jobs.internal;
