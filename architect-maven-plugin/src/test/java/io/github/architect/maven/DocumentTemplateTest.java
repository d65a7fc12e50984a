package io.github.architect.maven;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTemplateTest {

    private static final List<String> SECTIONS = List.of("## 1. Executive Summary", "## 2. Architecture Overview",
            "## 3. Service Definitions", "## 4. API Contracts", "## 5. Data Schema",
            "## 6. Technology Stack Rationale", "## 7. Key Considerations");

    @Test
    void leavesNoTemplateVariableBehind() {
        assertThat(DocumentTemplate.text()).doesNotContain("{{").doesNotContain("}}");
    }

    @Test
    void hasTheSevenSectionsInOrderEachWithAGuideAndAPlaceholderExample() {
        String text = DocumentTemplate.text();

        int previous = -1;
        for (int i = 0; i < SECTIONS.size(); i++) {
            int start = text.indexOf(SECTIONS.get(i));
            assertThat(start).as(SECTIONS.get(i)).isGreaterThan(previous);
            int end = i + 1 < SECTIONS.size() ? text.indexOf(SECTIONS.get(i + 1)) : text.length();
            String section = text.substring(start, end);
            assertThat(section).as(SECTIONS.get(i)).contains("_Guide:").contains("PLACEHOLDER");
            previous = start;
        }
    }

    @Test
    void carriesTheWorkedExamplesTheFormatAsksFor() {
        assertThat(DocumentTemplate.text())
                .contains("**Dependencies:** Catalog Service")
                .contains("#### POST /orders", "Request:", "Success: `201 Created`", "Errors: `400 Bad Request`")
                .contains("```sql\nCREATE TABLE orders (")
                .containsPattern("(?s)\\*\\*PostgreSQL\\*\\*.{0,200}alternative\\s+would be MongoDB")
                .contains("```yaml architect\n");
    }
}
