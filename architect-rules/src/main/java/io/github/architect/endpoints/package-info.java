/**
 * The endpoint contract check: the HTTP endpoints the code serves against section 4.
 */
package io.github.architect.endpoints;
