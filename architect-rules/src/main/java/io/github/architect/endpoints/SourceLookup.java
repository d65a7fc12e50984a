package io.github.architect.endpoints;

import java.nio.file.Path;
import java.util.List;

/**
 * How type resolution reaches the project's sources: by file name, then by parse. Everything a
 * per-type scan learns from files other than its own passes through here, which is what lets a
 * cached scan result know which files it depends on (see {@link ConsultedSources}).
 */
interface SourceLookup {

    /** The files whose name is {@code simpleName}.java, in every module. */
    List<Path> filesNamed(String simpleName);

    ParsedSource parse(Path file);
}
