/**
 * The endpoint contract check: the HTTP endpoints the code serves against section 4. Sub-packages:
 * {@code contract} (both sides of an endpoint and how they match), {@code scan} (a module's endpoints,
 * cached), {@code framework} (one class per web framework), {@code source} (the Java sources as the
 * endpoint, payload and event checks read them). Imports run check → scan → framework → source,
 * contract.
 */
package io.github.architect.endpoints;
