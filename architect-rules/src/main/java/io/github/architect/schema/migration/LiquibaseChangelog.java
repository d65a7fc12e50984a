package io.github.architect.schema.migration;

import io.github.architect.code.TextFiles;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises and parses Liquibase XML, YAML and JSON changelogs (root {@code databaseChangeLog}). */
final class LiquibaseChangelog {

    private static final Pattern XML_ROOT = Pattern.compile("<(?:[\\w.-]+:)?databaseChangeLog\\b");
    private static final Pattern YAML_ROOT = Pattern.compile("(?m)^[\"']?databaseChangeLog[\"']?\\s*:");
    private static final Pattern JSON_ROOT = Pattern.compile("\"databaseChangeLog\"\\s*:");

    enum Format { XML, YAML, JSON }

    private LiquibaseChangelog() {
    }

    /** The format by file extension; null for files that cannot be a structured changelog. */
    static Format format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return Format.XML;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Format.YAML;
        }
        return name.endsWith(".json") ? Format.JSON : null;
    }

    /**
     * Whether the file's root is {@code databaseChangeLog}, judged from its text so that a malformed
     * changelog is still recognised (and reported) rather than skipped.
     */
    static boolean isChangelog(Path file) {
        Format format = format(file);
        if (format == null) {
            return false;
        }
        String text;
        try {
            text = TextFiles.read(file);
        } catch (RuntimeException e) {
            return false;
        }
        if (!text.contains("databaseChangeLog")) {
            return false;
        }
        return switch (format) {
            case XML -> XML_ROOT.matcher(text).find();
            case YAML -> YAML_ROOT.matcher(text).find() || JSON_ROOT.matcher(text).find();
            case JSON -> JSON_ROOT.matcher(text).find();
        };
    }

    /** The changelog's root element; its children are changeSets, includes, properties... */
    static ChangelogNode parse(Path file) throws ChangelogSyntaxException {
        String text = TextFiles.read(file);
        Format format = format(file);
        ChangelogNode root = switch (format == null ? Format.YAML : format) {
            case XML -> XmlChangelogParser.parse(text);
            case YAML -> JacksonChangelogParser.parseYaml(text);
            case JSON -> JacksonChangelogParser.parseJson(text);
        };
        if (format != Format.XML) {
            // YAML and JSON wrap the changelog in a document mapping
            root = root.children("databaseChangeLog").stream().findFirst().orElseThrow(() ->
                    new ChangelogSyntaxException("no 'databaseChangeLog' at the top level", 1, null));
        }
        if (!root.name().equals("databaseChangeLog")) {
            throw new ChangelogSyntaxException("the root element is '" + root.name() + "', not 'databaseChangeLog'",
                    root.line(), null);
        }
        return root;
    }
}
