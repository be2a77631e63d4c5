/**
 * The little the portal's server side does: serve the browser its sign-in settings and put strict
 * security headers on every response. Everything else is static files and the public API.
 */
package io.recouvra.portal;
