package io.github.architect.boundaries;

import io.github.architect.check.Check;
import io.github.architect.check.Rule;

import java.util.List;

/** Not yet implemented: placeholder so the engine and the mojo can be wired. */
public final class ServiceBoundariesCheck implements Check {

    @Override
    public List<Rule> rules() {
        return List.of();
    }
}
