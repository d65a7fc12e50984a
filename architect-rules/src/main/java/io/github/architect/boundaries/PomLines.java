package io.github.architect.boundaries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Finds where a pom declares a dependency, to report at that line rather than at the top of the file. */
final class PomLines {

    private PomLines() {
    }

    /** The line of {@code <artifactId>artifactId</artifactId>} inside {@code <dependencies>}, else its first line, else 0. */
    static int dependencyLine(Path pom, String artifactId) {
        List<String> lines;
        try {
            lines = pom == null || !Files.isRegularFile(pom) ? List.of() : Files.readAllLines(pom, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
        Pattern element = Pattern.compile("<artifactId>\\s*" + Pattern.quote(artifactId) + "\\s*</artifactId>");
        boolean inDependencies = false;
        int firstAnywhere = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("<dependencies>")) {
                inDependencies = true;
            }
            if (element.matcher(line).find()) {
                if (inDependencies) {
                    return i + 1;
                }
                if (firstAnywhere == 0) {
                    firstAnywhere = i + 1;
                }
            }
            if (line.contains("</dependencies>")) {
                inDependencies = false;
            }
        }
        return firstAnywhere;
    }
}
