/**
 * The events check: the topics, queues and channels the code produces and consumes against the
 * event tables and bullets of the document.
 */
package io.github.architect.events;
