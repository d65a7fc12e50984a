package io.github.architect.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.architect.code.ReadFailure;

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
        if (Files.isDirectory(file)) {
            throw new BaselineException(file, "is a directory, not a baseline file. Remove the directory and create"
                    + " the baseline with 'mvn architect:baseline', or point architect.baseline at the baseline file.", null);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file, "file not found. Create it with 'mvn architect:baseline' or remove"
                    + " the architect.baseline setting.", e);
        } catch (IOException e) {
            ReadFailure failure = ReadFailure.of(file, e);
            throw new BaselineException(file, "cannot be read: " + failure.reason() + ". " + failure.remedy(), e);
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
        checkNothingFollows(file, text);
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
        checkCounts(file, text);
        return new Baseline(content.entries());
    }

    /** The file holds one JSON object: whatever follows it (a second object, a stray bracket) is an error at its line. */
    private static void checkNothingFollows(Path file, String text) throws BaselineException {
        int line;
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            parser.nextToken();
            parser.skipChildren();
            try {
                if (parser.nextToken() == null) {
                    return;
                }
                line = parser.currentTokenLocation().getLineNr();
            } catch (JsonProcessingException e) {
                line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            }
        } catch (IOException e) {
            return; // the object itself parsed above; nothing else can fail here
        }
        throw new BaselineException(file, "text follows the end of the JSON" + (line > 0 ? " at line " + line : "")
                + ". Remove it (the file holds one JSON object), restore the file from version control or"
                + " regenerate it with 'mvn architect:baseline'.", null);
    }

    /**
     * Every entry's {@code count} is a whole number of findings, at least 1: a count of -5 or 0 would
     * accept nothing while looking like it accepts something. Read token by token for the line.
     */
    private static void checkCounts(Path file, String text) throws BaselineException {
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            int depth = 0;
            boolean inEntries = false;
            int entry = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (inEntries && depth == 3 && token == JsonToken.START_OBJECT) {
                            entry++;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        if (depth < 2) {
                            inEntries = false;
                        }
                    }
                    case FIELD_NAME -> {
                        if (depth == 1 && parser.currentName().equals("entries")) {
                            inEntries = true;
                        } else if (inEntries && depth == 3 && parser.currentName().equals("count")) {
                            JsonToken value = parser.nextToken();
                            if (value != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 1) {
                                throw new BaselineException(file, "entry " + entry + " has count " + parser.getText()
                                        + " at line " + parser.currentLocation().getLineNr() + ": a count is how many"
                                        + " findings the entry accepts, a whole number of at least 1. Correct it, or"
                                        + " regenerate the baseline with 'mvn architect:baseline'.", null);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            // the file was parsed as a whole above; nothing here can fail that did not fail there
            throw new BaselineException(file, "not a valid baseline: " + e.getMessage(), e);
        }
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
