package io.github.architect.code;

import java.nio.file.Path;
import java.util.List;

/**
 * How type resolution reaches the build's sources: by file name, then by parse. Everything a scan
 * learns from files other than its own passes through here, which is what lets a cached result
 * know which files it depends on.
 */
public interface JavaSourceLookup {

    /** The files whose name is {@code simpleName}.java, in every module. */
    List<Path> filesNamed(String simpleName);

    ParsedJava parse(Path file);
}
