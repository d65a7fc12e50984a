package io.github.architect.endpoints.scan;

import io.github.architect.code.JavaSourceLookup;
import io.github.architect.cache.ScanCache;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The other sources a cached result was resolved against: which files answered each type name
 * looked up (a new or deleted file of that name can change what a name means) and the content hash
 * of every file parsed. The result may be reused while all of them are as recorded.
 *
 * @param names simple type name to the paths of the files of that name, as listed then
 * @param files path to content hash; empty for a file that could not be read
 */
record SourceDependencies(Map<String, List<String>> names, Map<String, String> files) {

    SourceDependencies {
        names = names == null ? Map.of() : Map.copyOf(names);
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    static SourceDependencies none() {
        return new SourceDependencies(Map.of(), Map.of());
    }

    boolean unchanged(JavaSourceLookup sources, ScanCache hashes) {
        for (Map.Entry<String, List<String>> name : names.entrySet()) {
            List<String> now = sources.filesNamed(name.getKey()).stream().map(Path::toString).toList();
            if (!now.equals(name.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            String now = hashOf(hashes, Path.of(file.getKey()));
            // an unreadable file is never taken as unchanged: it may be readable by now
            if (now.isEmpty() || !now.equals(file.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The file's content hash, empty when it cannot be read. */
    static String hashOf(ScanCache hashes, Path file) {
        try {
            return hashes.sha256(file);
        } catch (UncheckedIOException e) {
            return "";
        }
    }
}
