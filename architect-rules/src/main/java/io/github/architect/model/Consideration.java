package io.github.architect.model;

import java.util.regex.Pattern;

/** One sentence of section 7 (Key Considerations), with where it is written. */
public record Consideration(String text, Position position) {

    private static final Pattern NEGATED = Pattern.compile(
            "(?i)\\b(not|no|never|without|none|neither|nor|n't|cannot|instead of|rather than|out of scope)\\b|n't\\b");
    private static final Pattern NOT_NOW = Pattern.compile(
            "(?i)\\b(later|planned|plan to|plans? for|future|not yet|if needed|when needed|as needed|if required"
                    + "|eventually|will|would|could|should|may|might|can be added|consider|considering|roadmap"
                    + "|phase\\s*\\d|v2|next|todo|tbd|optional(ly)?|possible|potential(ly)?|upgrade path)\\b");

    /** Says, in the present and without negation, that the system does something. */
    public boolean isCommitment() {
        return !NEGATED.matcher(text).find() && !NOT_NOW.matcher(text).find();
    }
}
