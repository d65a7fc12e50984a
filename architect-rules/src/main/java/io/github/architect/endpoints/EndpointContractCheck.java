package io.github.architect.endpoints;

import io.github.architect.check.Check;
import io.github.architect.check.Rule;

import java.util.List;

/** Not yet implemented: placeholder so the engine and the mojo can be wired. */
public final class EndpointContractCheck implements Check {

    @Override
    public List<Rule> rules() {
        return List.of();
    }
}
