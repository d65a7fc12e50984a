package io.github.architect.endpoints.scan;

import io.github.architect.code.ParsedJava;
import io.github.architect.code.JavaSourceLookup;
import io.github.architect.cache.ScanCache;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A view of the project's sources that remembers what was looked up through it, so that a result
 * computed through it can be stored with the files it was resolved against. One instance per
 * cached computation, used by one thread.
 */
final class ConsultedSources implements JavaSourceLookup {

    private final JavaSourceLookup sources;
    private final Map<String, List<Path>> names = new TreeMap<>();
    private final Set<Path> parsed = new LinkedHashSet<>();

    ConsultedSources(JavaSourceLookup sources) {
        this.sources = sources;
    }

    @Override
    public List<Path> filesNamed(String simpleName) {
        List<Path> files = sources.filesNamed(simpleName);
        names.putIfAbsent(simpleName, files);
        return files;
    }

    @Override
    public ParsedJava parse(Path file) {
        parsed.add(file);
        return sources.parse(file);
    }

    /** What was consulted so far, with the content hash each parsed file has now. */
    SourceDependencies dependencies(ScanCache hashes) {
        Map<String, List<String>> namesWritten = new TreeMap<>();
        names.forEach((name, files) -> namesWritten.put(name, files.stream().map(Path::toString).toList()));
        Map<String, String> files = new TreeMap<>();
        for (Path file : parsed) {
            files.put(file.toString(), SourceDependencies.hashOf(hashes, file));
        }
        return new SourceDependencies(namesWritten, files);
    }
}
