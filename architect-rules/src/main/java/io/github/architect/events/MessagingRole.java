package io.github.architect.events;

/** Which end of a topic a piece of code is. */
public enum MessagingRole {
    PRODUCES("produces to", "producer"), CONSUMES("consumes from", "consumer");

    private final String verb;
    private final String noun;

    MessagingRole(String verb, String noun) {
        this.verb = verb;
        this.noun = noun;
    }

    /** "produces to", "consumes from". */
    public String verb() {
        return verb;
    }

    /** "producer", "consumer". */
    public String noun() {
        return noun;
    }
}
