package io.github.architect.code;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds types and constants by the names the source uses, the way javac would for the common cases
 * (nested, same file, single-type import, same package, on-demand import, fully qualified), without
 * a symbol solver: the one type lookup of every check. Types outside the build's sources (libraries)
 * are not found.
 */
public final class JavaTypes {

    private static final int MAX_HIERARCHY = 32;

    private final JavaSourceLookup sources;

    public JavaTypes(JavaSourceLookup sources) {
        this.sources = sources;
    }

    public JavaSourceLookup sources() {
        return sources;
    }

    /** Every type declared in the file, nested ones included. */
    public static List<JavaType> typesOf(ParsedJava source) {
        if (source.unit() == null) {
            return List.of();
        }
        List<JavaType> types = new ArrayList<>();
        for (TypeDeclaration<?> type : source.unit().getTypes()) {
            addWithMembers(new JavaType(type, source), types);
        }
        return types;
    }

    // Walking members only, not the whole tree: method bodies are most of a file and hold no mappings.
    private static void addWithMembers(JavaType type, List<JavaType> into) {
        into.add(type);
        for (BodyDeclaration<?> member : type.type().getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                addWithMembers(new JavaType(nested, type.source()), into);
            }
        }
    }

    /** Resolves a (possibly qualified, possibly generic) type name as seen from {@code from}. */
    public Optional<JavaType> resolve(String writtenName, JavaType from) {
        String name = stripTypeArguments(writtenName);
        List<String> parts = Arrays.asList(name.split("\\."));
        String first = parts.get(0);
        for (JavaType scope = from; scope != null; scope = scope.enclosing()) {
            if (scope.simpleName().equals(first)) {
                return descend(scope, parts.subList(1, parts.size()));
            }
            Optional<JavaType> member = member(scope, first);
            if (member.isPresent()) {
                return descend(member.get(), parts.subList(1, parts.size()));
            }
        }
        CompilationUnit unit = from.source().unit();
        for (TypeDeclaration<?> top : unit.getTypes()) {
            if (top.getNameAsString().equals(first)) {
                return descend(new JavaType(top, from.source()), parts.subList(1, parts.size()));
            }
        }
        Optional<JavaType> top = topLevel(first, from.source());
        if (top.isPresent()) {
            return descend(top.get(), parts.subList(1, parts.size()));
        }
        // fully qualified: com.acme.ApiPaths.Orders
        return qualified(parts, 1);
    }

    private Optional<JavaType> topLevel(String simpleName, ParsedJava from) {
        CompilationUnit unit = from.unit();
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(simpleName)) {
                String qualifier = imp.getName().getQualifier().map(Object::toString).orElse("");
                Optional<JavaType> imported = inPackage(qualifier, simpleName);
                if (imported.isPresent()) {
                    return imported;
                }
                // an imported nested type: com.acme.ApiPaths.Orders
                return resolveQualified(imp.getNameAsString());
            }
        }
        Optional<JavaType> samePackage = inPackage(from.packageName(), simpleName);
        if (samePackage.isPresent()) {
            return samePackage;
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && imp.isAsterisk()) {
                Optional<JavaType> found = inPackage(imp.getNameAsString(), simpleName);
                if (found.isPresent()) {
                    return found;
                }
                Optional<JavaType> owner = resolveQualified(imp.getNameAsString());
                if (owner.isPresent()) {
                    Optional<JavaType> nested = member(owner.get(), simpleName);
                    if (nested.isPresent()) {
                        return nested;
                    }
                }
            }
        }
        // java.lang and libraries are not in the sources; a unique project type of that name is
        // what the code means when the import is missing only because of a star import of a library.
        List<Path> candidates = sources.filesNamed(simpleName);
        if (candidates.size() == 1) {
            return topLevelIn(sources.parse(candidates.get(0)), simpleName);
        }
        return Optional.empty();
    }

    public Optional<JavaType> resolveQualified(String qualifiedName) {
        return qualified(Arrays.asList(qualifiedName.split("\\.")), 0);
    }

    /** The type the parts name when the first {@code from} or more of them are its package. */
    private Optional<JavaType> qualified(List<String> parts, int from) {
        for (int i = from; i < parts.size(); i++) {
            String pkg = String.join(".", parts.subList(0, i));
            Optional<JavaType> found = inPackage(pkg, parts.get(i));
            if (found.isPresent()) {
                return descend(found.get(), parts.subList(i + 1, parts.size()));
            }
        }
        return Optional.empty();
    }

    private Optional<JavaType> inPackage(String pkg, String simpleName) {
        for (Path file : sources.filesNamed(simpleName)) {
            ParsedJava source = sources.parse(file);
            if (source.unit() != null && source.packageName().equals(pkg)) {
                Optional<JavaType> type = topLevelIn(source, simpleName);
                if (type.isPresent()) {
                    return type;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<JavaType> topLevelIn(ParsedJava source, String simpleName) {
        if (source.unit() == null) {
            return Optional.empty();
        }
        return source.unit().getTypes().stream().filter(t -> t.getNameAsString().equals(simpleName)).findFirst()
                .map(t -> new JavaType(t, source));
    }

    private static Optional<JavaType> descend(JavaType start, List<String> nestedNames) {
        JavaType current = start;
        for (String name : nestedNames) {
            Optional<JavaType> next = member(current, name);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    private static Optional<JavaType> member(JavaType owner, String name) {
        for (BodyDeclaration<?> member : owner.type().getMembers()) {
            if (member instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name)) {
                return Optional.of(new JavaType(t, owner.source()));
            }
        }
        return Optional.empty();
    }

    public static String stripTypeArguments(String name) {
        int angle = name.indexOf('<');
        String raw = angle < 0 ? name : name.substring(0, angle);
        return raw.replace("[]", "").replace("...", "").trim();
    }

    /** The declared supertypes (superclass first, then interfaces) found in the project's sources. */
    public List<JavaType> directSupertypes(JavaType type) {
        List<ClassOrInterfaceType> written = new ArrayList<>();
        if (type.type() instanceof ClassOrInterfaceDeclaration c) {
            written.addAll(c.getExtendedTypes());
            written.addAll(c.getImplementedTypes());
        } else if (type.type() instanceof EnumDeclaration e) {
            written.addAll(e.getImplementedTypes());
        } else if (type.type() instanceof RecordDeclaration r) {
            written.addAll(r.getImplementedTypes());
        }
        List<JavaType> found = new ArrayList<>();
        for (ClassOrInterfaceType supertype : written) {
            resolve(supertype.getNameWithScope(), type).ifPresent(found::add);
        }
        return found;
    }

    /** The type and its supertypes, nearest first: the order in which inherited annotations are looked up. */
    public List<JavaType> hierarchy(JavaType type) {
        Set<String> seen = new LinkedHashSet<>();
        List<JavaType> ordered = new ArrayList<>();
        List<JavaType> queue = new ArrayList<>(List.of(type));
        while (!queue.isEmpty() && ordered.size() < MAX_HIERARCHY) {
            JavaType next = queue.remove(0);
            if (seen.add(next.binaryName())) {
                ordered.add(next);
                queue.addAll(directSupertypes(next));
            }
        }
        return ordered;
    }

    /** A field with an initializer, in the type or the types it inherits from. */
    public Optional<Constant> field(JavaType type, String name) {
        for (JavaType candidate : hierarchy(type)) {
            Optional<FieldDeclaration> field = candidate.type().getFieldByName(name);
            if (field.isPresent()) {
                for (VariableDeclarator variable : field.get().getVariables()) {
                    if (variable.getNameAsString().equals(name) && variable.getInitializer().isPresent()) {
                        return Optional.of(new Constant(candidate, variable));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A constant: its declaring type (the scope its initializer is read in) and its declaration. */
    public record Constant(JavaType owner, VariableDeclarator variable) {
    }
}
