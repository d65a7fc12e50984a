package io.github.architect.technology;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Something section 7 may state the system does that the build can show (OAuth2/JWT, Prometheus
 * metrics, tracing, rate limiting, caching).
 *
 * @param name         how findings name it
 * @param phrases      what a statement of it says (case-insensitive)
 * @param technologies catalogue names of which one dependency is evidence
 */
record Capability(String name, Pattern phrases, List<String> technologies) {

    Capability {
        technologies = List.copyOf(technologies);
    }
}
