package io.github.architect.code;

/** Why a value (a path, a topic, a constant) cannot be known statically; checks report it as a finding. */
public final class Unresolvable extends Exception {

    public Unresolvable(String reason) {
        super(reason, null, false, false);
    }
}
