/**
 * The check API every check, the document reader and the reports share: {@link
 * io.github.architect.check.Check}, {@link io.github.architect.check.CheckContext}, {@link
 * io.github.architect.check.Rule} and the finding, {@link io.github.architect.check.Violation}.
 */
package io.github.architect.check;
