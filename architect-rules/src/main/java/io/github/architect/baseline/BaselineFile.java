package io.github.architect.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@code architecture-baseline.json}. Reading never guesses: a missing file, bad JSON
 * or an unknown schema version is a {@link BaselineException} naming the file and, for JSON errors,
 * the line.
 */
public final class BaselineFile {

    public static final String DEFAULT_NAME = "architecture-baseline.json";
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The file's JSON shape. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Content(Integer schemaVersion, String comment, List<BaselineEntry> entries) {
    }

    private BaselineFile() {
    }

    public static Baseline read(Path file) throws BaselineException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file, "file not found. Create it with 'mvn architect:baseline' or remove"
                    + " the architect.baseline setting.", e);
        } catch (IOException e) {
            throw new BaselineException(file, "cannot be read: " + e.getMessage(), e);
        }
        Content content;
        try {
            content = JSON.readValue(text, Content.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new BaselineException(file, "not a valid baseline" + where + ": " + e.getOriginalMessage()
                    + ". Restore it from version control or regenerate it with 'mvn architect:baseline'.", e);
        }
        if (content == null || content.schemaVersion() == null || content.entries() == null) {
            throw new BaselineException(file, "not a baseline: expected {\"schemaVersion\": " + SCHEMA_VERSION
                    + ", \"entries\": [...]}. Regenerate it with 'mvn architect:baseline'.", null);
        }
        if (content.schemaVersion() != SCHEMA_VERSION) {
            throw new BaselineException(file, "schemaVersion " + content.schemaVersion() + " is not supported by this"
                    + " version of architect (expected " + SCHEMA_VERSION + "). Regenerate it with 'mvn architect:baseline'.", null);
        }
        for (BaselineEntry entry : content.entries()) {
            if (entry == null) {
                throw new BaselineException(file, "an entry is null", null);
            }
        }
        return new Baseline(content.entries());
    }

    public static void write(Path file, Baseline baseline) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Content content = new Content(SCHEMA_VERSION,
                "Accepted architect findings. Regenerate with 'mvn architect:baseline'; entries are keyed by rule,"
                        + " file and subjects, not lines.", baseline.entries());
        Files.writeString(file, JSON.writeValueAsString(content) + "\n", StandardCharsets.UTF_8);
    }
}
