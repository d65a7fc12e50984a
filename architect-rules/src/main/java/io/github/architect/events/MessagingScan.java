package io.github.architect.events;

import io.github.architect.check.Location;

import java.util.List;

/**
 * What one module's messaging code does.
 *
 * @param problems files that may hold messaging code but cannot be read, with why
 */
public record MessagingScan(List<CodeTopic> topics, List<UnresolvedTopic> unresolved, List<Problem> problems) {

    public MessagingScan {
        topics = List.copyOf(topics);
        unresolved = List.copyOf(unresolved);
        problems = List.copyOf(problems);
    }

    /** A file that cannot be read. */
    public record Problem(Location location, String message) {
    }
}
