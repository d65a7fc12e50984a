package io.github.architect.doc;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.model.Section;
import io.github.architect.model.SectionKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectionsTest {

    @Test
    void findsTheSevenNumberedSectionsWithTheirLines() {
        String doc = Docs.withServices("### Order Service\n");
        List<Section> sections = Docs.model(doc).sections();

        assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.values());
        assertThat(sections.get(2).position().line()).isEqualTo(Docs.lineOf(doc, "## 3. Service Definitions"));
        assertThat(sections.get(2).heading()).isEqualTo("3. Service Definitions");
        assertThat(Docs.parse(doc).findings()).isEmpty();
    }

    @Test
    void ignoresNumberingCaseEmphasisAndHeadingLevel() {
        String doc = """
                # Executive summary
                text
                ### II. ARCHITECTURE OVERVIEW
                text
                ## 7) *Service Definitions*
                ### Order Service
                # **api contracts**
                ## Section 5: Data Schema
                #### 6.0 Technology Stack Rationale
                ## Key Considerations
                """;
        assertThat(Docs.model(doc).sections()).extracting(Section::kind).containsExactly(SectionKind.values());
    }

    @Test
    void ignoresTrailingWordsAfterTheSectionName() {
        String doc = Docs.withServices("### Order Service\n").replace("## 5. Data Schema", "## 5. Data Schema Changes (v2)");
        assertThat(Docs.model(doc).section(SectionKind.DATA_SCHEMA)).get()
                .extracting(Section::heading).isEqualTo("5. Data Schema Changes (v2)");
    }

    @Test
    void aHeadingNamingTwoSectionsCountsForBoth() {
        String doc = """
                ## Service Definitions
                ### Order Service
                ## 4. API Contracts & Data Schemas
                GET /orders
                ```sql
                CREATE TABLE orders (id BIGINT PRIMARY KEY);
                ```
                """;
        var model = Docs.model(doc);
        assertThat(model.section(SectionKind.API_CONTRACTS)).isPresent();
        assertThat(model.section(SectionKind.DATA_SCHEMA)).isPresent();
        assertThat(model.endpoints()).hasSize(1);
        assertThat(model.tables()).hasSize(1);
    }

    @Test
    void acceptsObviousSynonyms() {
        String doc = """
                ## Summary
                ## Overview
                ## Services
                ### Order Service
                ## API Endpoints
                ## Database Schema
                ## Tech Stack
                ## Considerations
                """;
        assertThat(Docs.model(doc).sections()).extracting(Section::kind).containsExactly(SectionKind.values());
    }

    @Test
    void codeFencesAreNeverHeadings() {
        String doc = """
                ## 1. Executive Summary
                ```bash
                # Service Definitions
                ## API Contracts
                ```
                """;
        assertThat(Docs.model(doc).sections()).extracting(Section::kind).containsExactly(SectionKind.EXECUTIVE_SUMMARY);
    }

    @Test
    void extraSectionsAreIgnoredAndEndThePreviousSection() {
        String doc = Docs.withApi("### Order Service\n", "GET /orders\n")
                + "\n## 8. Implementation Checklist\n- POST /not-a-contract\n";
        var model = Docs.model(doc);
        assertThat(model.sections()).hasSize(7);
        assertThat(model.endpoints()).extracting(e -> e.method() + " " + e.path()).containsExactly("GET /orders");
    }

    @Test
    void subHeadingsInsideASectionDoNotStartAnotherSection() {
        String doc = """
                ## 3. Service Definitions
                ### Order Service
                #### API
                GET /not-in-section-4
                ## 4. API Contracts
                GET /orders
                """;
        var model = Docs.model(doc);
        assertThat(model.section(SectionKind.API_CONTRACTS).orElseThrow().position().line()).isEqualTo(5);
        assertThat(model.endpoints()).extracting(e -> e.path()).containsExactly("/orders");
    }

    @Test
    void aMissingSectionIsAWarningAtTheTopOfTheDocument() {
        String doc = Docs.withServices("### Order Service\n").replace("## 7. Key Considerations", "## 7. Appendix");
        List<Violation> warnings = Docs.findings(doc, "doc-missing-section");

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARN);
            assertThat(w.message()).contains("Key Considerations");
            assertThat(w.hint()).contains("## 7. Key Considerations");
            assertThat(w.location().toString()).endsWith("architecture.md:[1,1]");
        });
        assertThat(Docs.parse(doc).hasErrors()).isFalse();
    }

    @Test
    void accentsAndPortugueseNamesAreRecognised() {
        String doc = """
                ## 1. Resumo
                ## 3. Definição dos Serviços
                ### Order Service
                """;
        assertThat(Docs.model(doc).sections()).extracting(Section::kind)
                .containsExactly(SectionKind.EXECUTIVE_SUMMARY, SectionKind.SERVICE_DEFINITIONS);
    }

    @Test
    void aTitleThatOnlyStartsWithAGenericWordIsNotASection() {
        String doc = """
                # Database Scan Feature - Design
                ## Executive Summary
                """;
        assertThat(Docs.model(doc).sections()).extracting(Section::kind).containsExactly(SectionKind.EXECUTIVE_SUMMARY);
    }
}
