package io.github.architect.endpoints.framework;

import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text pre-filter parses only files containing one of a framework's markers: an annotation a
 * framework reads that no marker finds would make its endpoints disappear without a finding.
 */
class EndpointFrameworkTest {

    @Test
    void everyAnnotationAFrameworkReadsContainsOneOfItsMarkers() {
        for (EndpointFramework framework : EndpointFramework.all()) {
            Stream.concat(framework.typeAnnotations().stream(), framework.methodAnnotations().stream())
                    .forEach(annotation -> assertThat(framework.markers())
                            .as(framework.getClass().getSimpleName() + " reads @" + annotation)
                            .anySatisfy(marker -> assertThat("@" + annotation).contains(marker)));
        }
    }

    @Test
    void springMicronautAndJaxRsAreRead() {
        assertThat(EndpointFramework.all()).extracting(f -> f.getClass().getSimpleName())
                .containsExactly("SpringEndpoints", "MicronautEndpoints", "JaxRsEndpoints");
    }
}
