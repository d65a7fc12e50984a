package io.github.architect.boundaries;

import com.tngtech.archunit.core.domain.JavaClass;
import io.github.architect.code.TextFiles;
import io.github.architect.code.CodeModule;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the .java file of a compiled class in the module's source roots, and the line declaring a
 * class when the bytecode has no line for a dependency (field, parameter and return types,
 * annotations, inheritance). Files are read at most once per module check.
 */
final class SourceLines {

    private final CodeModule module;
    private final Map<Path, List<String>> lines = new HashMap<>();

    SourceLines(CodeModule module) {
        this.module = module;
    }

    /** The source file the class was compiled from, or its .class file when no source root has it. */
    Path fileOf(JavaClass javaClass) {
        String packagePath = javaClass.getPackageName().replace('.', '/');
        Optional<String> sourceName = javaClass.getSource().flatMap(s -> s.getFileName());
        String fileName = sourceName.orElse(topLevelSimpleName(javaClass) + ".java");
        for (Path root : module.sourceRoots()) {
            Path candidate = packagePath.isEmpty() ? root.resolve(fileName) : root.resolve(packagePath).resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return javaClass.getSource()
                .map(s -> s.getUri())
                .filter(uri -> "file".equals(uri.getScheme()))
                .map(Path::of)
                .orElseGet(() -> module.baseDirectory().resolve(packagePath).resolve(fileName));
    }

    /**
     * The line for a dependency the bytecode has no line for: the declaration of the field or method
     * it comes from ("Field <a.B.items> has generic type ..."), else the class declaration; 0 if not found.
     */
    int lineWithoutBytecodeLine(Path file, JavaClass origin, String description) {
        int classLine = declarationLine(file, origin);
        Matcher member = MEMBER.matcher(description);
        if (!member.find()) {
            return classLine;
        }
        String kind = member.group(1);
        String name = member.group(2);
        String simple = name.substring(name.lastIndexOf('.') + 1);
        Pattern declaration = switch (kind) {
            case "Field" -> Pattern.compile("\\b" + Pattern.quote(simple) + "\\s*(?:[=;,]|$)");
            case "Method" -> Pattern.compile("\\b" + Pattern.quote(simple) + "\\s*\\(");
            case "Constructor" -> Pattern.compile("\\b" + Pattern.quote(origin.getSimpleName()) + "\\s*\\(");
            default -> null;
        };
        if (declaration == null || classLine == 0) {
            return classLine;
        }
        int found = find(file, declaration, classLine);
        return found > 0 ? found : classLine;
    }

    /** "Method <a.B.run(java.lang.String)> ..." -> kind and member name without parameters. */
    private static final Pattern MEMBER = Pattern.compile("^(Field|Method|Constructor) <([^<>(]+)");

    /** The 1-based line declaring the class (or its enclosing named class), 0 if not found. */
    int declarationLine(Path file, JavaClass javaClass) {
        JavaClass named = javaClass;
        while (named.getSimpleName().isEmpty() && named.getEnclosingClass().isPresent()) {
            named = named.getEnclosingClass().get();
        }
        Pattern declaration = Pattern.compile("(?:\\b(?:class|interface|enum|record)|@interface)\\s+"
                + Pattern.quote(named.getSimpleName()) + "\\b");
        return find(file, declaration, 1);
    }

    private int find(Path file, Pattern pattern, int fromLine) {
        List<String> text = lines.computeIfAbsent(file, SourceLines::read);
        for (int i = Math.max(fromLine - 1, 0); i < text.size(); i++) {
            Matcher matcher = pattern.matcher(text.get(i));
            if (matcher.find() && !isComment(text.get(i), matcher.start())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isComment(String line, int index) {
        String before = line.substring(0, index).trim();
        return before.startsWith("//") || before.startsWith("*") || before.startsWith("/*");
    }

    private static String topLevelSimpleName(JavaClass javaClass) {
        String name = javaClass.getName();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested >= 0 ? simple.substring(0, nested) : simple;
    }

    private static List<String> read(Path file) {
        if (!file.toString().endsWith(".java") || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return TextFiles.read(file).lines().toList();
        } catch (UncheckedIOException e) {
            return List.of();
        }
    }
}
