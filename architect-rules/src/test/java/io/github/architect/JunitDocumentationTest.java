package io.github.architect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/junit.md shows the JUnit example the build compiles and runs, as it is. */
class JunitDocumentationTest {

    @Test
    void theExampleOfTheDocumentationIsTheTestTheBuildRuns() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "junit.md"));
        String example = Files.readString(Path.of("src", "test", "java", "com", "example", "shop", "ArchitectureTest.java"));
        assertThat(example).contains("BuildSession.open(BuildSettings.of(ROOT)").contains("@ArchTest");

        assertThat(docs).contains("```java\n" + example + "```\n");
    }
}
