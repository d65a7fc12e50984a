package io.github.architect.endpoints.source;

import io.github.architect.code.JavaTypes;
import io.github.architect.code.JavaType;
import io.github.architect.code.CodeModule;
import io.github.architect.code.TextFiles;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The project's Java sources as the endpoint scanner parsed them, for other checks: types by the
 * names the source uses and the types of a module's files, without parsing any file twice.
 */
public final class SourceIndex {

    private final ProjectSources sources;
    private final JavaTypes types;
    private final java.util.Map<Path, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

    public SourceIndex(ProjectSources sources) {
        this.sources = sources;
        this.types = new JavaTypes(sources);
    }

    /** A type name as written in {@code from} (simple, qualified, nested; type arguments ignored). */
    public Optional<SourceType> resolve(String writtenName, SourceType from) {
        return types.resolve(writtenName, from.ref()).map(SourceType::new);
    }

    /** The type and its supertypes found in the sources, nearest first. */
    public List<SourceType> hierarchy(SourceType type) {
        return types.hierarchy(type.ref()).stream().map(SourceType::new).toList();
    }

    /** Every type declared in the module's files whose text {@code mentions} accepts (a cheap pre-filter). */
    public List<SourceType> typesOf(CodeModule module, Predicate<String> mentions) {
        List<SourceType> found = new ArrayList<>();
        for (Path file : sources.filesOf(module)) {
            if (mentions.test(text(file))) {
                for (JavaType type : JavaTypes.typesOf(sources.parse(file))) {
                    found.add(new SourceType(type));
                }
            }
        }
        return found;
    }

    /**
     * Every type declared in the module's files that contain one of {@code texts}: answered from the
     * build's one text pass over each file, without reading it again.
     */
    public List<SourceType> typesOf(CodeModule module, List<String> texts) {
        List<SourceType> found = new ArrayList<>();
        for (Path file : sources.filesOf(module)) {
            if (sources.index().mentionsAny(file, texts)) {
                for (JavaType type : JavaTypes.typesOf(sources.parse(file))) {
                    found.add(new SourceType(type));
                }
            }
        }
        return found;
    }

    /** Whether some file of the module holds {@code text} (as written, comments included). */
    public boolean mentions(CodeModule module, String text) {
        return sources.filesOf(module).stream().anyMatch(f -> text(f).contains(text));
    }

    private String text(Path file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                return TextFiles.read(f);
            } catch (UncheckedIOException e) {
                return ""; // the endpoint check reports unreadable files
            }
        });
    }
}
