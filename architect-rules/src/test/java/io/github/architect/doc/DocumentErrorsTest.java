package io.github.architect.doc;

import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingDocumentNamesThePathAndSuggestsScaffoldDoc() {
        Path missing = dir.resolve("architecture.md");
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(missing);

        assertThat(parsed.findings()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("doc-missing");
            assertThat(e.severity()).isEqualTo(Severity.ERROR);
            assertThat(e.message()).contains(missing.toAbsolutePath().toString());
            assertThat(e.hint()).contains("mvn architect:scaffold-doc");
        });
        assertThat(parsed.model().services()).isEmpty();
    }

    @Test
    void aBinaryFileIsUnreadable() throws Exception {
        Path file = dir.resolve("architecture.md");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(new ArchitectureDocumentParser().parse(file).findings()).singleElement()
                .satisfies(e -> {
                    assertThat(e.ruleId()).isEqualTo("doc-unreadable");
                    assertThat(e.message()).contains("not UTF-8 text");
                });
    }

    @Test
    void invalidUtf8IsUnreadable() throws Exception {
        Path file = dir.resolve("architecture.md");
        Files.write(file, "## Services\n### Caf".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(file, new byte[] {(byte) 0xE9, 'x'}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(new ArchitectureDocumentParser().parse(file).findings()).extracting(Violation::ruleId)
                .containsExactly("doc-unreadable");
    }

    @Test
    void aDirectoryIsUnreadable() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("architecture.md"));
        assertThat(new ArchitectureDocumentParser().parse(directory).findings()).extracting(Violation::ruleId)
                .containsExactly("doc-unreadable");
    }

    @Test
    void aFileIsReadAsUtf8WithItsByteOrderMark() throws Exception {
        Path file = dir.resolve("architecture.md");
        Files.writeString(file, "\uFEFF" + Docs.withServices("### Café Service\n"), StandardCharsets.UTF_8);
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(file);

        assertThat(parsed.findings()).isEmpty();
        assertThat(parsed.model().services()).extracting(s -> s.name()).containsExactly("Café Service");
        assertThat(parsed.model().document()).isEqualTo(file);
    }

    @Test
    void findingsPointIntoTheDocumentAsFileLineAndColumn() {
        String doc = Docs.withServices("### Order Service\nDepends on: Shipping Service\n");
        Violation error = Docs.findings(doc, "doc-unknown-service").get(0);

        assertThat(error.location().toString())
                .isEqualTo(Docs.PATH.toAbsolutePath() + ":[" + Docs.lineOf(doc, "Depends on") + ",13]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "#", "```", "```sql\nCREATE TABLE", "| a |\n|---|\n| GET |",
            "## 3. Services\n### \n### `x`", "## Data Schema\n```sql\n$$ unterminated", "## Services\n```mermaid\ngraph\nA-->",
            "## API\nGET /\nPOST //x\nGET /a?b#c", "\u0000text"})
    void oddInputNeverThrows(String markdown) {
        ParsedDocument parsed = Docs.parse(markdown);
        assertThat(parsed.model()).isNotNull();
        assertThat(parsed.findings()).noneMatch(v -> v.message().contains("could not understand"));
    }

    @Test
    void everyDocumentRuleHasAStableKebabCaseIdAndHelp() {
        assertThat(DocumentRules.all()).extracting(Rule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("doc(-[a-z]+)+"))
                .contains("doc-missing", "doc-unreadable", "doc-no-services", "doc-sql", "doc-yaml", "doc-unknown-key",
                        "doc-unknown-service", "doc-duplicate-service", "doc-missing-section");
        assertThat(DocumentRules.all()).allSatisfy(rule -> {
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.help()).isNotBlank();
        });
        assertThat(DocumentRules.MISSING_SECTION.defaultSeverity()).isEqualTo(Severity.WARN);
    }

    @Test
    void everyFindingUsesADocumentRule() {
        String doc = Docs.withSchema("### Order Service\nDepends on: Shipping Service\n### Order Service\n",
                "```sql\nCREATE TABLE x (,);\n```\n").replace("## 7. Key Considerations", "## 7. Other");
        var ids = DocumentRules.all().stream().map(Rule::id).toList();
        assertThat(Docs.parse(doc).findings()).hasSize(4).allSatisfy(v -> assertThat(ids).contains(v.ruleId()));
    }
}
