package io.github.architect.baseline;

import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineTest {

    private static final Rule RULE = new Rule("undeclared-dependency", Severity.ERROR, "t", "d", "h");

    @TempDir
    Path root;

    private Violation finding(String file, int line, String... subjects) {
        return Violation.builder(RULE).at(Location.of(root.resolve(file), line, 1))
                .message(subjects[0] + " uses " + subjects[1] + " at line " + line).subjects(subjects).build();
    }

    @Test
    void entriesAreSortedRelativeAndWithoutLines() {
        Baseline baseline = Baseline.of(List.of(
                finding("b/B.java", 9, "b.B", "x.X"),
                finding("a/A.java", 3, "a.A", "x.X")), root);

        assertThat(baseline.entries()).extracting(BaselineEntry::file).containsExactly("a/A.java", "b/B.java");
        assertThat(baseline.entries().get(0).subjects()).containsExactly("a.A", "x.X");
    }

    @Test
    void movedCodeStaysBaselinedNewFindingsDoNot() {
        Baseline baseline = Baseline.of(List.of(finding("a/A.java", 3, "a.A", "x.X")), root);

        BaselineMatch match = baseline.match(List.of(
                finding("a/A.java", 40, "a.A", "x.X"),
                finding("a/A.java", 41, "a.A", "y.Y")), root);

        assertThat(match.baselined()).extracting(v -> v.location().line()).containsExactly(40);
        assertThat(match.newFindings()).extracting(v -> v.subjects().get(1)).containsExactly("y.Y");
        assertThat(match.stale()).isEmpty();
    }

    @Test
    void fixedFindingsAreReportedStale() {
        Baseline baseline = Baseline.of(List.of(finding("a/A.java", 3, "a.A", "x.X"),
                finding("b/B.java", 5, "b.B", "x.X")), root);

        BaselineMatch match = baseline.match(List.of(finding("b/B.java", 5, "b.B", "x.X")), root);

        assertThat(match.newFindings()).isEmpty();
        assertThat(match.stale()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("a/A.java");
            assertThat(e.describe()).isEqualTo("undeclared-dependency a/A.java [a.A, x.X]");
        });
    }

    @Test
    void countsRepeatedFindingsWithTheSameKey() {
        Baseline baseline = Baseline.of(List.of(finding("a/A.java", 3, "a.A", "x.X"),
                finding("a/A.java", 7, "a.A", "x.X")), root);
        assertThat(baseline.entries()).singleElement().extracting(BaselineEntry::count).isEqualTo(2);

        BaselineMatch three = baseline.match(List.of(finding("a/A.java", 3, "a.A", "x.X"),
                finding("a/A.java", 7, "a.A", "x.X"), finding("a/A.java", 9, "a.A", "x.X")), root);
        BaselineMatch one = baseline.match(List.of(finding("a/A.java", 3, "a.A", "x.X")), root);

        assertThat(three.newFindings()).extracting(v -> v.location().line()).containsExactly(9);
        assertThat(one.stale()).singleElement().extracting(BaselineEntry::count).isEqualTo(1);
    }

    @Test
    void findingsWithoutSubjectsAreKeyedByTheirMessageWithoutNumbers() {
        Violation atLine3 = Violation.builder(RULE).at(Location.of(root.resolve("architecture.md"), 3, 1))
                .message("Section 3 at line 3 is empty").build();
        Violation atLine9 = Violation.builder(RULE).at(Location.of(root.resolve("architecture.md"), 9, 1))
                .message("Section 3 at line 9 is empty").build();

        assertThat(Baseline.of(List.of(atLine3), root).match(List.of(atLine9), root).newFindings()).isEmpty();
    }
}
