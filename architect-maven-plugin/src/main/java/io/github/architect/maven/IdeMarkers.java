package io.github.architect.maven;

import io.github.architect.check.Violation;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings as IDE markers through plexus-build-api's {@link BuildContext}: Eclipse m2e shows them on
 * the lines of the files. On the command line Maven injects {@link DefaultBuildContext}, whose
 * messages only go to the log, where the findings are printed already, so nothing is sent there.
 */
final class IdeMarkers {

    private final BuildContext context;

    IdeMarkers(BuildContext context) {
        this.context = context;
    }

    boolean active() {
        return context != null && context.getClass() != DefaultBuildContext.class;
    }

    /**
     * Clears the markers of the previous check on {@code checked} (directories or files) and on the
     * files of {@code findings}, then adds one marker per finding.
     */
    void replace(Collection<Path> checked, List<Violation> findings) {
        if (!active()) {
            return;
        }
        Set<Path> cleared = new LinkedHashSet<>(checked);
        findings.forEach(v -> cleared.add(v.location().file()));
        cleared.forEach(path -> context.removeMessages(path.toFile()));
        for (Violation v : findings) {
            int severity = switch (v.severity()) {
                case ERROR -> BuildContext.SEVERITY_ERROR;
                case WARN, INFO, OFF -> BuildContext.SEVERITY_WARNING;
            };
            String text = v.ruleId() + ": " + v.message() + (v.hint().isBlank() ? "" : " Fix: " + v.hint());
            File file = v.location().file().toFile();
            context.addMessage(file, Math.max(v.location().line(), 0), Math.max(v.location().column(), 0), text,
                    severity, null);
        }
    }
}
