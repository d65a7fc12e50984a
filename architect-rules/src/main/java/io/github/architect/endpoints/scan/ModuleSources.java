package io.github.architect.endpoints.scan;

import io.github.architect.code.JavaSourceLookup;
import io.github.architect.code.ParsedJava;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The build's sources as one module sees them while it is verified: the build-wide view, which
 * knows each module's source roots from its pom only, plus the module's own files that only its
 * build knows (generated source roots, such as the API interfaces an OpenAPI generator writes and
 * the controllers implement). Only the module being verified adds its files, so what a module
 * sees does not depend on which other module a parallel build verified first.
 */
final class ModuleSources implements JavaSourceLookup {

    private final JavaSourceLookup build;
    private final Map<String, List<Path>> ownByName;

    ModuleSources(JavaSourceLookup build, List<Path> ownFiles) {
        this.build = build;
        this.ownByName = ownFiles.stream().collect(Collectors.groupingBy(ModuleSources::simpleTypeName));
    }

    @Override
    public List<Path> filesNamed(String simpleName) {
        List<Path> own = ownByName.get(simpleName);
        if (own == null) {
            return build.filesNamed(simpleName);
        }
        List<Path> all = new ArrayList<>(build.filesNamed(simpleName));
        own.stream().filter(file -> !all.contains(file)).forEach(all::add);
        return List.copyOf(all);
    }

    @Override
    public ParsedJava parse(Path file) {
        return build.parse(file);
    }

    private static String simpleTypeName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }
}
