/**
 * Both sides of an endpoint and how they match: {@link io.github.architect.endpoints.contract.DeclaredEndpoint}
 * (section 4), {@link io.github.architect.endpoints.contract.CodeEndpoint} (the code), their paths and the
 * contract that pairs them. Depends on nothing else of {@code endpoints}.
 */
package io.github.architect.endpoints.contract;
