package io.github.architect.endpoints;

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
 * a symbol solver. Types outside the project's sources (libraries) are not found.
 */
final class SourceTypes {

    private static final int MAX_HIERARCHY = 32;

    private final SourceLookup sources;

    SourceTypes(SourceLookup sources) {
        this.sources = sources;
    }

    SourceLookup sources() {
        return sources;
    }

    /** Every type declared in the file, nested ones included. */
    static List<TypeRef> typesOf(ParsedSource source) {
        if (source.unit() == null) {
            return List.of();
        }
        List<TypeRef> types = new ArrayList<>();
        for (TypeDeclaration<?> type : source.unit().getTypes()) {
            addWithMembers(new TypeRef(type, source), types);
        }
        return types;
    }

    // Walking members only, not the whole tree: method bodies are most of a file and hold no mappings.
    private static void addWithMembers(TypeRef type, List<TypeRef> into) {
        into.add(type);
        for (BodyDeclaration<?> member : type.type().getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                addWithMembers(new TypeRef(nested, type.source()), into);
            }
        }
    }

    /** Resolves a (possibly qualified, possibly generic) type name as seen from {@code from}. */
    Optional<TypeRef> resolve(String writtenName, TypeRef from) {
        String name = stripTypeArguments(writtenName);
        List<String> parts = Arrays.asList(name.split("\\."));
        String first = parts.get(0);
        for (TypeRef scope = from; scope != null; scope = scope.enclosing()) {
            if (scope.simpleName().equals(first)) {
                return descend(scope, parts.subList(1, parts.size()));
            }
            Optional<TypeRef> member = member(scope, first);
            if (member.isPresent()) {
                return descend(member.get(), parts.subList(1, parts.size()));
            }
        }
        CompilationUnit unit = from.source().unit();
        for (TypeDeclaration<?> top : unit.getTypes()) {
            if (top.getNameAsString().equals(first)) {
                return descend(new TypeRef(top, from.source()), parts.subList(1, parts.size()));
            }
        }
        Optional<TypeRef> top = topLevel(first, from.source());
        if (top.isPresent()) {
            return descend(top.get(), parts.subList(1, parts.size()));
        }
        // fully qualified: com.acme.ApiPaths.Orders
        for (int i = 1; i < parts.size(); i++) {
            String pkg = String.join(".", parts.subList(0, i));
            Optional<TypeRef> qualified = inPackage(pkg, parts.get(i));
            if (qualified.isPresent()) {
                return descend(qualified.get(), parts.subList(i + 1, parts.size()));
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> topLevel(String simpleName, ParsedSource from) {
        CompilationUnit unit = from.unit();
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(simpleName)) {
                String qualifier = imp.getName().getQualifier().map(Object::toString).orElse("");
                Optional<TypeRef> imported = inPackage(qualifier, simpleName);
                if (imported.isPresent()) {
                    return imported;
                }
                // an imported nested type: com.acme.ApiPaths.Orders
                return resolveQualified(imp.getNameAsString());
            }
        }
        Optional<TypeRef> samePackage = inPackage(from.packageName(), simpleName);
        if (samePackage.isPresent()) {
            return samePackage;
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic() && imp.isAsterisk()) {
                Optional<TypeRef> found = inPackage(imp.getNameAsString(), simpleName);
                if (found.isPresent()) {
                    return found;
                }
                Optional<TypeRef> owner = resolveQualified(imp.getNameAsString());
                if (owner.isPresent()) {
                    Optional<TypeRef> nested = member(owner.get(), simpleName);
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

    Optional<TypeRef> resolveQualified(String qualifiedName) {
        List<String> parts = Arrays.asList(qualifiedName.split("\\."));
        for (int i = 0; i < parts.size(); i++) {
            String pkg = String.join(".", parts.subList(0, i));
            Optional<TypeRef> found = inPackage(pkg, parts.get(i));
            if (found.isPresent()) {
                return descend(found.get(), parts.subList(i + 1, parts.size()));
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> inPackage(String pkg, String simpleName) {
        for (Path file : sources.filesNamed(simpleName)) {
            ParsedSource source = sources.parse(file);
            if (source.unit() != null && source.packageName().equals(pkg)) {
                Optional<TypeRef> type = topLevelIn(source, simpleName);
                if (type.isPresent()) {
                    return type;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TypeRef> topLevelIn(ParsedSource source, String simpleName) {
        if (source.unit() == null) {
            return Optional.empty();
        }
        return source.unit().getTypes().stream().filter(t -> t.getNameAsString().equals(simpleName)).findFirst()
                .map(t -> new TypeRef(t, source));
    }

    private static Optional<TypeRef> descend(TypeRef start, List<String> nestedNames) {
        TypeRef current = start;
        for (String name : nestedNames) {
            Optional<TypeRef> next = member(current, name);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    private static Optional<TypeRef> member(TypeRef owner, String name) {
        for (BodyDeclaration<?> member : owner.type().getMembers()) {
            if (member instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name)) {
                return Optional.of(new TypeRef(t, owner.source()));
            }
        }
        return Optional.empty();
    }

    static String stripTypeArguments(String name) {
        int angle = name.indexOf('<');
        String raw = angle < 0 ? name : name.substring(0, angle);
        return raw.replace("[]", "").replace("...", "").trim();
    }

    /** The declared supertypes (superclass first, then interfaces) found in the project's sources. */
    List<TypeRef> directSupertypes(TypeRef type) {
        List<ClassOrInterfaceType> written = new ArrayList<>();
        if (type.type() instanceof ClassOrInterfaceDeclaration c) {
            written.addAll(c.getExtendedTypes());
            written.addAll(c.getImplementedTypes());
        } else if (type.type() instanceof EnumDeclaration e) {
            written.addAll(e.getImplementedTypes());
        } else if (type.type() instanceof RecordDeclaration r) {
            written.addAll(r.getImplementedTypes());
        }
        List<TypeRef> found = new ArrayList<>();
        for (ClassOrInterfaceType supertype : written) {
            resolve(supertype.getNameWithScope(), type).ifPresent(found::add);
        }
        return found;
    }

    /** The type and its supertypes, nearest first: the order in which inherited annotations are looked up. */
    List<TypeRef> hierarchy(TypeRef type) {
        Set<String> seen = new LinkedHashSet<>();
        List<TypeRef> ordered = new ArrayList<>();
        List<TypeRef> queue = new ArrayList<>(List.of(type));
        while (!queue.isEmpty() && ordered.size() < MAX_HIERARCHY) {
            TypeRef next = queue.remove(0);
            if (seen.add(next.binaryName())) {
                ordered.add(next);
                queue.addAll(directSupertypes(next));
            }
        }
        return ordered;
    }

    /** A field with an initializer, in the type or the types it inherits from. */
    Optional<Constant> field(TypeRef type, String name) {
        for (TypeRef candidate : hierarchy(type)) {
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
    record Constant(TypeRef owner, VariableDeclarator variable) {
    }
}
