package io.github.architect.suggest;

import io.github.architect.check.Violation;

import java.util.ArrayList;
import java.util.List;

/** What the edits of one suggestion do to the document, and the findings they leave to a person. */
final class Changes {

    final LineEdits edits = new LineEdits();
    private final List<String> made = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    void made(int line, String what) {
        made.add("line " + line + ": " + what);
    }

    void notice(Violation finding, String why) {
        notices.add(finding.ruleId() + " (" + finding.location() + "): " + why);
    }

    List<String> made() {
        return made;
    }

    List<String> notices() {
        return notices;
    }
}
