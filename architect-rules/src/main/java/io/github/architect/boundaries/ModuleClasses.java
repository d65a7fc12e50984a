package io.github.architect.boundaries;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bytecode of one module, imported once per module with ArchUnit and shared by every check
 * that asks for it. Only the module's own output directories are read: no jars, no JDK.
 */
public final class ModuleClasses {

    /** Cache key: one import per module of the build. */
    private record Key(String artifactId, Path baseDirectory) {
    }

    private ModuleClasses() {
    }

    /** The module's classes, imported on first request and then shared through the context. */
    public static JavaClasses of(CheckContext context, CodeModule module) {
        return context.shared(new Key(module.artifactId(), module.baseDirectory()), () -> importClasses(module));
    }

    /**
     * Imports the module's output directories. Classes outside them stay stubs instead of being
     * looked up on the class path, and the configuration is thread-local so that modules checked
     * in parallel ({@code mvn -T 4}) do not see each other's settings.
     */
    public static JavaClasses importClasses(CodeModule module) {
        List<Path> outputs = module.classesDirectories().stream().filter(Files::isDirectory).toList();
        return importPaths(outputs);
    }

    static JavaClasses importPaths(List<Path> outputs) {
        Thread thread = Thread.currentThread();
        ClassLoader contextLoader = thread.getContextClassLoader();
        try {
            return ArchConfiguration.withThreadLocalScope(configuration -> {
                configuration.setResolveMissingDependenciesFromClassPath(false);
                return new ClassFileImporter().importPaths(outputs);
            });
        } finally {
            thread.setContextClassLoader(contextLoader);
        }
    }
}
