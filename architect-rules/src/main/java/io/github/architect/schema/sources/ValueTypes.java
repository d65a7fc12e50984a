package io.github.architect.schema.sources;

import io.github.architect.cache.FileResultCache;
import io.github.architect.cache.ScanCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the value types persistent classes embed without their being annotated {@code @Embeddable}
 * (Hibernate 6 maps a record or class used with {@code @Embedded} whatever its annotations): the type
 * of every {@code @Embedded} and {@code @EmbeddedId} attribute and the element type of every
 * {@code @ElementCollection}, looked up by simple name in the files named after it and in the files
 * of the classes using it (a nested record), then the value types those embed in turn.
 */
public final class ValueTypes {

    /** Name of the per-file results in the {@link ScanCache}. */
    static final String CACHE_NAME = "schema-java-types";
    private static final int MAX_DEPTH = 8;

    private ValueTypes() {
    }

    /**
     * The value types {@code visible} embeds that it does not hold itself, read from the sources under
     * {@code sourceRoots}, embedded ones of embedded ones included.
     */
    public static List<SourceClass> find(JavaSourceScanner scanner, Collection<SourceClass> visible, Collection<Path> sourceRoots,
                                ScanCache cache) {
        Set<String> known = new HashSet<>();
        visible.forEach(c -> known.add(c.simpleName()));
        List<SourceClass> users = new ArrayList<>(visible);
        List<SourceClass> found = new ArrayList<>();
        List<Path> files = null;
        FileResultCache<JavaFileScan> results = null;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Set<String> wanted = new LinkedHashSet<>();
            Set<Path> where = new LinkedHashSet<>();
            for (SourceClass user : users) {
                for (JavaField field : user.fields()) {
                    String type = embeddedType(field);
                    if (type != null && !known.contains(type)) {
                        wanted.add(type);
                        where.add(user.file());
                    }
                }
            }
            if (wanted.isEmpty()) {
                break;
            }
            if (files == null) { // most modules embed nothing unannotated: no listing, no cache file
                files = scanner.javaFiles(sourceRoots);
                results = cache.results(CACHE_NAME, JavaFileScan.class);
            }
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.java$", "");
                if (wanted.contains(name)) {
                    where.add(file);
                }
            }
            List<SourceClass> round = new ArrayList<>();
            for (Path file : where) {
                JavaFileScan types = cache.persistent()
                        ? results.get(cache.sha256(file), file.getFileName().toString(), () -> scanner.scanTypes(file)).in(file)
                        : scanner.scanTypes(file);
                for (SourceClass type : types.classes()) {
                    if (wanted.contains(type.simpleName()) && known.add(type.simpleName())) {
                        round.add(type);
                    }
                }
            }
            known.addAll(wanted); // not in the sources (a library type): looked for once
            found.addAll(round);
            users = round;
        }
        return found;
    }

    /** The simple name of the type an attribute embeds, or null when it embeds none. */
    private static String embeddedType(JavaField field) {
        if (field.excluded()) {
            return null;
        }
        if (field.has("Embedded") || field.has("EmbeddedId")) {
            return field.type();
        }
        if (field.has("ElementCollection") && !field.typeArguments().isEmpty()) {
            return field.typeArguments().get(field.typeArguments().size() - 1);
        }
        return null;
    }
}
