/**
 * Stable error codes and the problems a refused command reports; shared by every module so that
 * clients see one error vocabulary.
 */
package io.recouvra.shared.error;
