/**
 * The project's Java sources as the endpoint, payload and event checks read them, over the build's
 * one front end ({@code code.JavaSourceIndex}): types, their parse problems and the deployment
 * configuration ({@code application.properties}) placeholders resolve against.
 */
package io.github.architect.endpoints.source;
