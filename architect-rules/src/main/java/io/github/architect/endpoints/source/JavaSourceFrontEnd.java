package io.github.architect.endpoints.source;

import io.github.architect.code.Unresolvable;
import io.github.architect.code.ParsedJava;
import io.github.architect.code.JavaTypes;
import io.github.architect.code.JavaType;
import io.github.architect.code.JavaConstants;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import io.github.architect.check.Location;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the endpoint scanner knows about Java sources, for other scanners (messaging): the files of a
 * module, one parse per file, constants resolved across the project's sources, and {@code ${key:default}}
 * placeholders resolved against a module's configuration, exactly as for mappings.
 */
public final class JavaSourceFrontEnd {

    private final ProjectSources sources;
    private final JavaTypes types;
    private final JavaConstants constants;

    private JavaSourceFrontEnd(ProjectSources sources) {
        this.sources = sources;
        this.types = new JavaTypes(sources);
        this.constants = new JavaConstants(types);
    }

    public static JavaSourceFrontEnd of(Codebase codebase) {
        return new JavaSourceFrontEnd(ProjectSources.of(codebase));
    }

    /** The front end over the build's shared index: no file parsed twice across checks. */
    public static JavaSourceFrontEnd over(JavaSourceIndex index) {
        return new JavaSourceFrontEnd(ProjectSources.over(index));
    }

    /** Whether the file's text contains one of {@code texts} (answered from the index's one read). */
    public boolean mentionsAny(Path file, List<String> texts) {
        return sources.index().mentionsAny(file, texts);
    }

    /** A parsed file, or why it could not be parsed. */
    public record Parsed(Path file, CompilationUnit unit, Location problemLocation, String problem) {

        public Optional<CompilationUnit> parsed() {
            return Optional.ofNullable(unit);
        }
    }

    /** Values of an expression, or why they cannot be known statically (then {@code values} is empty). */
    public record Evaluated(List<String> values, String unresolvedReason) {

        public boolean resolved() {
            return unresolvedReason == null;
        }
    }

    public List<Path> javaFiles(CodeModule module) {
        return sources.filesOf(module);
    }

    public Parsed parse(Path file) {
        ParsedJava parsed = sources.parse(file);
        SourceProblem problem = ProjectSources.problemOf(parsed);
        return problem == null
                ? new Parsed(file, parsed.unit(), null, null)
                : new Parsed(file, null, problem.location(), problem.message());
    }

    /**
     * The strings of an expression (an array initializer gives several) of {@code file}, constants
     * looked up from the type enclosing it, then placeholders resolved against {@code properties}.
     */
    public Evaluated strings(Path file, Expression value, Map<String, String> properties) {
        Optional<TypeDeclaration<?>> enclosing = enclosingType(value);
        if (enclosing.isEmpty()) {
            return new Evaluated(List.of(), "'" + value + "' is outside every type");
        }
        try {
            DeploymentConfig config = new DeploymentConfig(properties, List.of());
            List<String> values = new java.util.ArrayList<>();
            for (String raw : constants.strings(value, new JavaType(enclosing.get(), sources.parse(file)))) {
                values.add(config.resolve(raw));
            }
            return new Evaluated(List.copyOf(values), null);
        } catch (Unresolvable e) {
            return new Evaluated(List.of(), e.getMessage());
        }
    }

    /** The type declaration a node stands in, nearest first. */
    public static Optional<TypeDeclaration<?>> enclosingType(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The binary name of a type of {@code unit}: {@code com.acme.Outer$Inner}. */
    public static String binaryName(TypeDeclaration<?> type, CompilationUnit unit) {
        java.util.Deque<String> names = new java.util.ArrayDeque<>();
        for (Node n = type; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                names.addFirst(t.getNameAsString());
            }
        }
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        String nested = String.join("$", names);
        return pkg.isEmpty() ? nested : pkg + "." + nested;
    }

    /** Placeholders of a configuration value resolved against {@code properties}. */
    public static Evaluated resolvePlaceholders(String text, Map<String, String> properties) {
        try {
            return new Evaluated(List.of(new DeploymentConfig(properties, List.of()).resolve(text)), null);
        } catch (Unresolvable e) {
            return new Evaluated(List.of(), e.getMessage());
        }
    }
}
