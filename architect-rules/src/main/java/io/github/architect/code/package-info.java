/**
 * The build as the checks see it: modules with their source, class and resource directories and
 * poms, and which service a class belongs to ({@link io.github.architect.code.ServiceMap}).
 */
package io.github.architect.code;
