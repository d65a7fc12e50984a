package io.github.architect.model;

/**
 * A schema file section 4 links to ({@code graphql: api/schema.graphqls}, {@code proto: api/orders.proto}).
 * The file is read by the operations check, not by the document parser, so that the cached
 * document stays valid when only the linked file changes.
 *
 * @param format  "graphql" or "proto"
 * @param target  the path as written, relative to the document
 * @param service the service whose sub-heading encloses the link, or null
 */
public record OperationLink(String format, String target, String service, Position position) {
}
