package io.github.architect.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The architecture.md that scaffold-doc writes, kept as a resource so it reads as Markdown. */
public final class DocumentTemplate {

    static final String RESOURCE = "architecture-template.md";

    private DocumentTemplate() {
    }

    public static String text() {
        try (InputStream in = DocumentTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The plugin jar lacks " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
