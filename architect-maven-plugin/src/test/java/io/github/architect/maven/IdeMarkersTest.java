package io.github.architect.maven;

import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdeMarkersTest {

    /** Stands in for the IDE's context: records what a marker-aware IDE would receive. */
    static final class RecordingContext extends DefaultBuildContext {
        final List<String> calls = new ArrayList<>();

        @Override
        public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
            calls.add("add " + file.getName() + ":" + line + ":" + column + " "
                    + (severity == BuildContext.SEVERITY_ERROR ? "error" : "warning") + " " + message);
        }

        @Override
        public void removeMessages(File file) {
            calls.add("remove " + file.getName());
        }
    }

    @TempDir
    Path root;

    @Test
    void clearsThePreviousMarkersThenAddsOnePerFindingOnItsLine() {
        RecordingContext ide = new RecordingContext();
        Violation error = Violation.builder("undeclared-dependency", Severity.ERROR)
                .at(Location.of(root.resolve("A.java"), 12, 5)).message("A uses B").hint("declare it").build();
        Violation warning = Violation.builder("missing-endpoint", Severity.WARN)
                .at(Location.of(root.resolve("architecture.md"), 40, 1)).message("GET /x not implemented").build();

        new IdeMarkers(ide).replace(List.of(root), List.of(error, warning));

        assertThat(ide.calls).containsExactly(
                "remove " + root.getFileName(),
                "remove A.java",
                "remove architecture.md",
                "add A.java:12:5 error undeclared-dependency: A uses B Fix: declare it",
                "add architecture.md:40:1 warning missing-endpoint: GET /x not implemented");
    }

    @Test
    void theCommandLineContextGetsNothingBecauseTheLogHasTheFindingsAlready() {
        assertThat(new IdeMarkers(new DefaultBuildContext()).active()).isFalse();
        assertThat(new IdeMarkers(null).active()).isFalse();
        assertThat(new IdeMarkers(new RecordingContext()).active()).isTrue();
    }
}
