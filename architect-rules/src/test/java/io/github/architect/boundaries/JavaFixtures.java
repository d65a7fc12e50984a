package io.github.architect.boundaries;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes fixture sources under a module directory and compiles them to its target/classes with javac;
 * the one compiler of test fixtures (boundaries tests, the fuzz test's shop, benchmarks).
 */
public final class JavaFixtures {

    private JavaFixtures() {
    }

    /**
     * @param moduleDir the module's directory; sources go to src/main/java, classes to target/classes
     * @param sources   fully qualified class name to source text
     * @param classpath extra class directories (other modules) the sources compile against
     */
    public static void compile(Path moduleDir, Map<String, String> sources, Path... classpath) {
        compile(moduleDir.resolve("src/main/java"), moduleDir.resolve("target/classes"), sources, classpath);
    }

    /** Writes the sources under {@code sourceRoot} and compiles them to {@code output}. */
    public static void compile(Path sourceRoot, Path output, Map<String, String> sources, Path... classpath) {
        try {
            Files.createDirectories(output);
            List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-g", "-proc:none",
                    "--release", "17", "-encoding", "UTF-8"));
            if (classpath.length > 0) {
                arguments.add("-cp");
                arguments.add(String.join(java.io.File.pathSeparator, java.util.Arrays.stream(classpath).map(Path::toString).toList()));
            }
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("Fixture does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
