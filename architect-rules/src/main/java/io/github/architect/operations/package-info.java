/**
 * The GraphQL and gRPC operations check: root fields and rpcs the code serves against those
 * section 4 declares.
 */
package io.github.architect.operations;
