package io.github.architect.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationPropertiesTest {

    @TempDir
    Path resources;

    @Test
    void aListIsReadCommaSeparatedFromPropertiesOrAsAYamlSequence() throws IOException {
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  flyway:
                    locations:
                      - classpath:db/one
                      - filesystem:sql
                """);

        assertThat(ApplicationProperties.read(List.of(resources)).list("spring.flyway.locations"))
                .containsExactly("classpath:db/one", "filesystem:sql");

        Files.writeString(resources.resolve("application.properties"), "spring.flyway.locations=classpath:a,classpath:b\n");
        assertThat(ApplicationProperties.read(List.of(resources)).list("spring.flyway.locations"))
                .containsExactly("classpath:a", "classpath:b");
    }

    @Test
    void profileDocumentsAreLeftOutAndTheFirstDirectoryWins() throws IOException {
        Path other = Files.createDirectories(resources.resolve("other"));
        Files.writeString(resources.resolve("application.yml"), """
                server.servlet.context-path: /shop
                ---
                spring.config.activate.on-profile: test
                spring.jpa.hibernate.naming.physical-strategy: Test
                """);
        Files.writeString(other.resolve("application.properties"), "server.servlet.context-path=/other\n");

        ApplicationProperties read = ApplicationProperties.read(List.of(resources, other));

        assertThat(read.value("server.servlet.context-path")).contains("/shop");
        assertThat(read.value("spring.jpa.hibernate.naming.physical-strategy")).isEmpty();
    }

    @Test
    void anUnreadableFileIsListedNotThrown() throws IOException {
        Files.writeString(resources.resolve("application.yml"), "server: [unclosed\n");

        ApplicationProperties read = ApplicationProperties.read(List.of(resources));

        assertThat(read.values()).isEmpty();
        assertThat(read.unreadable()).singleElement()
                .satisfies(u -> assertThat(u.file()).isEqualTo(resources.resolve("application.yml")));
    }
}
