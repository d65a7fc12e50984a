package io.github.architect.technology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where a pom says something: a {@code <dependency>}, the parent, a property. */
final class PomLines {

    private PomLines() {
    }

    /**
     * The line of the {@code <artifactId>} of a dependency (with its groupId when the pom writes it
     * nearby), preferring one inside {@code <dependencies>} and outside {@code <dependencyManagement>};
     * 0 when the pom does not name it.
     */
    static int dependencyLine(Path pom, String groupId, String artifactId) {
        List<String> lines = read(pom);
        Pattern element = Pattern.compile("<artifactId>\\s*" + Pattern.quote(artifactId) + "\\s*</artifactId>");
        int management = 0;
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("<dependencyManagement>")) {
                management++;
            }
            if (line.contains("</dependencyManagement>")) {
                management--;
            }
            if (!element.matcher(line).find()) {
                continue;
            }
            int score = management > 0 ? 0 : 2;
            for (int j = Math.max(0, i - 3); j <= Math.min(lines.size() - 1, i + 3); j++) {
                if (lines.get(j).contains("<groupId>" + groupId + "</groupId>")) {
                    score++;
                    break;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = i + 1;
            }
        }
        return best;
    }

    /** The first line matching {@code regex}, or 0. */
    static int firstLine(Path pom, Pattern regex) {
        List<String> lines = read(pom);
        for (int i = 0; i < lines.size(); i++) {
            if (regex.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The pom and line where {@code regex} first matches: the module's pom, then the poms of the directories above it up to {@code root}. */
    static Optional<Where> inPomOrParents(Path pom, Path root, Pattern regex) {
        Path current = pom;
        while (current != null) {
            int line = firstLine(current, regex);
            if (line > 0) {
                return Optional.of(new Where(current, line));
            }
            Path directory = current.getParent();
            Path parentDirectory = directory == null ? null : directory.getParent();
            if (parentDirectory == null || root == null || !parentDirectory.startsWith(root)) {
                return Optional.empty();
            }
            current = parentDirectory.resolve("pom.xml");
        }
        return Optional.empty();
    }

    /** A line of a pom. */
    record Where(Path pom, int line) {
    }

    private static List<String> read(Path pom) {
        try {
            return pom == null || !Files.isRegularFile(pom) ? List.of() : Files.readAllLines(pom, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }
}
