package io.github.architect.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JavaSourceIndexTest {

    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve("orders/src/main/java").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private CodeModule orders() {
        return CodeModule.conventional("orders", root.resolve("orders"));
    }

    private JavaSourceIndex index() {
        return JavaSourceIndex.of(Codebase.of(root, orders()));
    }

    @Test
    void aFileIsParsedOnceWhoeverAsks() throws IOException {
        Path file = write("com/acme/Order.java", "package com.acme;\npublic record Order(String id) {}\n");
        JavaSourceIndex index = index();

        ParsedJava first = index.parse(file);
        ParsedJava second = index.parse(file);

        assertThat(first.failed()).isFalse();
        assertThat(second).isSameAs(first);
        assertThat(index.parsedCount()).isEqualTo(1);
    }

    @Test
    void theTextPassRecordsMarkersEnumsAndConstantsWithoutParsing() throws IOException {
        Path file = write("com/acme/Paths.java", """
                package com.acme;
                @RestController
                class Paths {
                    static final String BASE = "/api/\\"v1\\"";
                    final static String OTHER = "x";
                    enum Kind { A, B }
                }
                """);
        JavaSourceIndex index = index();

        SourceFacts facts = index.facts(file);

        assertThat(index.mentionsAny(file, List.of("@Entity", "Controller"))).isTrue();
        assertThat(index.mentionsAny(file, List.of("@Entity", "KafkaListener"))).isFalse();
        assertThat(facts.enums()).containsExactly("Kind");
        assertThat(facts.constants()).containsEntry("Paths.BASE", "/api/\"v1\"").containsEntry("Paths.OTHER", "x");
        assertThat(index.parsedCount()).isZero();
    }

    @Test
    void aTextNoCheckRegisteredIsLookedUpInTheFileItself() throws IOException {
        Path file = write("com/acme/Plain.java", "package com.acme;\nclass Plain { Object o = new Widget(); }\n");

        assertThat(index().mentionsAny(file, List.of("new Widget("))).isTrue();
        assertThat(index().mentionsAny(file, List.of("new Gadget("))).isFalse();
    }

    @Test
    void aSyntaxErrorSaysWhereAndWhy() throws IOException {
        Path file = write("com/acme/Broken.java", "package com.acme;\n\nclass Broken {\n    void x( {\n}\n");

        ParsedJava parsed = index().parse(file);

        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.unreadable()).isFalse();
        assertThat(parsed.line()).isEqualTo(4);
        assertThat(parsed.problem()).isNotBlank();
    }

    @Test
    void recentLanguageFeaturesParse() throws IOException {
        Path file = write("com/acme/Shapes.java", """
                package com.acme;
                sealed interface Shape permits Circle {}
                record Circle(double r) implements Shape {}
                class Shapes {
                    String text = \"""
                        block
                        \""";
                    Object area(Object o) { return o instanceof Circle c ? c.r() : 0; }
                }
                """);

        assertThat(index().parse(file).failed()).isFalse();
    }

    @Test
    void filesAreListedOncePerModuleAndFoundByTypeName() throws IOException {
        Path order = write("com/acme/Order.java", "package com.acme;\nclass Order {}\n");
        write("module-info.java", "module acme {}\n");
        JavaSourceIndex index = index();

        assertThat(index.files(orders())).containsExactly(order);
        assertThat(index.filesNamed("Order")).containsExactly(order);
        assertThat(index.filesNamed("Missing")).isEmpty();
    }
}
