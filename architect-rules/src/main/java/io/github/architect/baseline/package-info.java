/**
 * The baseline of accepted findings ({@code architecture-baseline.json}): reading, writing and
 * matching findings against it. Depends on the check API only.
 */
package io.github.architect.baseline;
