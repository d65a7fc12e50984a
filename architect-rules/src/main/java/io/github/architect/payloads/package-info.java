/**
 * The payloads check: section 4's request and response samples and statuses against the handler's
 * body and return types as the JSON binder sees them, and the statuses its code can return.
 */
package io.github.architect.payloads;
