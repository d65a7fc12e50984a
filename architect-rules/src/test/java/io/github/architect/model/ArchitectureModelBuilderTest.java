package io.github.architect.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.architect.doc.ArchitectureDocumentParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureModelBuilderTest {

    /** The bundled example: services, dependencies, endpoints, tables and technologies. */
    private static final Path EXAMPLE = Path.of("..", "examples", "architecture.md").toAbsolutePath().normalize();

    @Test
    void aPartLeftUnsetIsEmpty() {
        Service orders = new Service("Order Service", Position.of(10, 1));

        ArchitectureModel model = ArchitectureModel.builder(Path.of("architecture.md")).services(List.of(orders)).build();

        assertThat(model.services()).containsExactly(orders);
        assertThat(model.dependencies()).isEmpty();
        assertThat(model.basePath()).isNull();
        assertThat(model.topics()).isEmpty();
        assertThat(model.payloads()).isEmpty();
        assertThat(model.summary()).isEqualTo("1 service, 0 endpoints, 0 tables, 0 technologies");
        assertThat(model).isEqualTo(new ArchitectureModel(Path.of("architecture.md"), List.of(), List.of(orders),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void aCopyThroughTheBuilderIsEqualAndWritesTheSameJson() throws Exception {
        ArchitectureModel parsed = new ArchitectureDocumentParser().parse(EXAMPLE).model();
        assertThat(parsed.services()).isNotEmpty();
        assertThat(parsed.tables()).isNotEmpty();

        ArchitectureModel copy = parsed.toBuilder().build();

        assertThat(copy).isEqualTo(parsed).hasSameHashCodeAs(parsed);
        // as the caches read and write it
        ObjectMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThat(json.writeValueAsString(copy)).isEqualTo(json.writeValueAsString(parsed));
        assertThat(json.readValue(json.writeValueAsString(copy), ArchitectureModel.class)).isEqualTo(parsed);
    }

    @Test
    void aPartSetOnTheCopyReplacesOnlyThatPart() {
        ArchitectureModel parsed = new ArchitectureDocumentParser().parse(EXAMPLE).model();

        ArchitectureModel withoutDependencies = parsed.toBuilder().dependencies(List.of()).build();

        assertThat(withoutDependencies.dependencies()).isEmpty();
        assertThat(withoutDependencies.services()).isEqualTo(parsed.services());
        assertThat(withoutDependencies.endpoints()).isEqualTo(parsed.endpoints());
        assertThat(withoutDependencies.tables()).isEqualTo(parsed.tables());
        assertThat(parsed.dependencies()).isNotEmpty();
    }
}
