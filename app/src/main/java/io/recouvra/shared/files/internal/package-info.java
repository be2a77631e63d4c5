/**
 * The files mechanism's storage, content checks, link signing and HTTP endpoints; private to the
 * module.
 */
package io.recouvra.shared.files.internal;
