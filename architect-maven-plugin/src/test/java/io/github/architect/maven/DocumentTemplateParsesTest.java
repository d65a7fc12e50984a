package io.github.architect.maven;

import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Endpoint;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import io.github.architect.model.Technology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What scaffold-doc writes must be a document verify accepts without a single finding. */
class DocumentTemplateParsesTest {

    @Test
    void theTemplateParsesCleanlyIntoItsWorkedExamples(@TempDir Path directory) throws IOException {
        Path document = Files.writeString(directory.resolve("architecture.md"), DocumentTemplate.text());

        ParsedDocument parsed = new ArchitectureDocumentParser().parse(document);
        ArchitectureModel model = parsed.model();

        assertThat(parsed.findings()).isEmpty();
        assertThat(model.sections()).extracting(s -> s.kind()).containsExactly(SectionKind.values());
        assertThat(model.services()).extracting(Service::name).containsExactly("Order Service", "Catalog Service");
        assertThat(model.allows("Order Service", "Catalog Service")).isTrue();
        assertThat(model.allows("Catalog Service", "Order Service")).isFalse();
        assertThat(model.endpoints()).extracting(e -> e.method() + " " + e.path()).containsExactly("POST /orders");
        assertThat(model.endpoints()).extracting(Endpoint::service).containsExactly("Order Service");
        assertThat(model.tables()).extracting(Table::name).containsExactly("orders");
        assertThat(model.chosenTechnologies()).extracting(Technology::name).containsExactly("PostgreSQL");
        assertThat(model.technologies()).filteredOn(t -> !t.chosen()).extracting(Technology::name)
                .containsExactly("MongoDB");
        assertThat(model.service("Order Service").orElseThrow().modules()).containsExactly("orders");
        assertThat(model.sharedPackages()).containsExactly("com.example.shop.common..");
    }
}
