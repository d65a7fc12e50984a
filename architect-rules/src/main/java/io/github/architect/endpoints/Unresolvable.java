package io.github.architect.endpoints;

/** Why a path cannot be known statically; caught by the scanner and reported as a finding. */
final class Unresolvable extends Exception {

    Unresolvable(String reason) {
        super(reason, null, false, false);
    }
}
