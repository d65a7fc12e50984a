/**
 * Interface definitions as text: the root fields of GraphQL SDL and the services and rpcs of a
 * protobuf file. Read both from the document and from the code, so neither side owns them.
 */
package io.github.architect.idl;
