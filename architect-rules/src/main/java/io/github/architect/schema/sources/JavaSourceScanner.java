package io.github.architect.schema.sources;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import io.github.architect.cache.FileResultCache;
import io.github.architect.cache.ScanCache;
import io.github.architect.code.TextFiles;
import io.github.architect.code.JavaAnnotations;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.code.ParsedJava;
import io.github.architect.code.SourceFacts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the persistence-relevant parts of Java sources with JavaParser, without a symbol solver.
 * A cheap text filter skips files that mention no mapping annotation, native query or JDBC template,
 * and the remaining files are parsed in parallel, one parser per thread.
 */
public final class JavaSourceScanner {

    private static final List<String> MARKERS = List.of("@Entity", "@Embeddable", "@MappedSuperclass",
            "@Document", "@Query", "@NamedNativeQuer", "JdbcTemplate", "JdbcClient", "JdbcOperations",
            "persistence.Entity", "persistence.Embeddable", "persistence.MappedSuperclass");
    private static final List<String> JDBC_MARKERS = List.of("JdbcTemplate", "JdbcClient", "JdbcOperations");
    private static final Pattern SQL_START = Pattern.compile(
            "(?is)\\s*(select|insert|update|delete|merge|with|upsert|replace\\s+into|truncate)\\b.*");
    private static final Set<String> FIELD_ANNOTATIONS_FOR_PROPERTY_ACCESS = Set.of("Id", "EmbeddedId", "Column");

    /** Name of the per-file results in the {@link ScanCache}. */
    public static final String CACHE_NAME = "schema-java";

    private final JavaSourceIndex index;

    /** A scanner with an index of its own: for scans outside a check (tests, other goals). */
    public JavaSourceScanner() {
        this(JavaSourceIndex.standalone());
    }

    /** A scanner reading and parsing through the build's index, which every check shares. */
    public JavaSourceScanner(JavaSourceIndex index) {
        this.index = index;
    }

    /** Scans every {@code .java} file under the given source roots; roots that do not exist are skipped. */
    public JavaSources scan(Collection<Path> sourceRoots) {
        return scan(sourceRoots, ScanCache.disabled());
    }

    /**
     * As {@link #scan(Collection)}, reusing what {@code cache} remembers of files whose content did not
     * change: only new or changed files are read and parsed.
     */
    public JavaSources scan(Collection<Path> sourceRoots, ScanCache cache) {
        List<Path> files = index.files(List.copyOf(sourceRoots));
        FileResultCache<JavaFileScan> results = cache.results(CACHE_NAME, JavaFileScan.class);
        // Keyed by content and file name (constants are named after their file); everything resolved
        // against other files happens after this, on the combined results.
        List<JavaFileScan> scans = files.parallelStream()
                .map(file -> cache.persistent()
                        ? results.get(cache.sha256(file), file.getFileName().toString(), () -> scanFile(file)).in(file)
                        // nothing outlives the run: hashing every file would only read it again
                        : scanFile(file))
                .toList();
        List<SourceClass> classes = new ArrayList<>();
        List<SqlUsage> sql = new ArrayList<>();
        List<MongoDocument> documents = new ArrayList<>();
        Set<String> enums = new HashSet<>();
        Map<String, String> constants = new HashMap<>();
        List<JavaSources.SourceProblem> problems = new ArrayList<>();
        for (JavaFileScan r : scans) {
            classes.addAll(r.classes());
            sql.addAll(r.sqlUsages());
            documents.addAll(r.documents());
            enums.addAll(r.enums());
            constants.putAll(r.constants());
            problems.addAll(r.problems());
        }
        return new JavaSources(classes, sql, documents, enums, constants, problems);
    }

    /** Every {@code .java} file under the roots, sorted; roots that do not exist are skipped. */
    List<Path> javaFiles(Collection<Path> sourceRoots) {
        return index.files(List.copyOf(sourceRoots));
    }

    /**
     * Every class and record a file declares, nested ones included, whatever their annotations: the
     * candidates for value types embedded without {@code @Embeddable}. A file that does not parse
     * declares none here (the main scan reports it when it matters).
     */
    JavaFileScan scanTypes(Path file) {
        ParsedJava parsed = parse(file);
        List<SourceClass> classes = new ArrayList<>();
        if (!parsed.failed()) {
            CompilationUnit unit = parsed.unit();
            boolean persistence = mentions(unit, file, "jakarta.persistence") || mentions(unit, file, "javax.persistence");
            boolean mongo = mentions(unit, file, "org.springframework.data.mongodb.core.mapping");
            String pkg = unit.getPackageDeclaration().map(d -> d.getNameAsString() + ".").orElse("");
            for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
                boolean valueShaped = type instanceof RecordDeclaration
                        || type instanceof ClassOrInterfaceDeclaration c && !c.isInterface();
                if (valueShaped) {
                    classes.add(new SourceClass(pkg + nestedName(type), type.getNameAsString(), file, line(type.getName()),
                            column(type.getName()), annotations(type), superclass(type), fields(type, file),
                            persistence, mongo, false));
                }
            }
        }
        return new JavaFileScan(classes, List.of(), List.of(), Set.of(), Map.of(), List.of());
    }

    /** What one file declares, collected while walking its syntax tree. */
    private static final class FileResult {
        final List<SourceClass> classes = new ArrayList<>();
        final List<SqlUsage> sql = new ArrayList<>();
        final List<MongoDocument> documents = new ArrayList<>();
        final Set<String> enums = new HashSet<>();
        final Map<String, String> constants = new LinkedHashMap<>();
        final List<JavaSources.SourceProblem> problems = new ArrayList<>();

        JavaFileScan scan() {
            return new JavaFileScan(classes, sql, documents, enums, constants, problems);
        }
    }

    private JavaFileScan scanFile(Path file) {
        return collect(file).scan();
    }

    private FileResult collect(Path file) {
        FileResult result = new FileResult();
        SourceFacts facts = index.facts(file);
        if (!facts.readable()) {
            TextFiles.read(file); // says why, as a scan of an unreadable file always has
        }
        result.enums.addAll(facts.enums());
        result.constants.putAll(facts.constants());
        if (!index.mentionsAny(file, MARKERS)) {
            return result;
        }
        ParsedJava parsed = parse(file);
        if (parsed.failed()) {
            result.problems.add(new JavaSources.SourceProblem(file, parsed.line(), 1,
                    parsed.problem() == null ? "cannot parse" : parsed.problem()));
            return result;
        }
        CompilationUnit unit = parsed.unit();
        boolean persistence = mentions(unit, file, "jakarta.persistence") || mentions(unit, file, "javax.persistence");
        boolean mongo = mentions(unit, file, "org.springframework.data.mongodb.core.mapping");
        String pkg = unit.getPackageDeclaration().map(d -> d.getNameAsString() + ".").orElse("");
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            String qualified = pkg + nestedName(type);
            if (type.isEnumDeclaration()) {
                continue;
            }
            List<JavaAnnotation> annotations = annotations(type);
            SourceClass javaClass = new SourceClass(qualified, type.getNameAsString(), file, line(type.getName()), column(type.getName()),
                    annotations, superclass(type), fields(type, file), persistence, mongo, false);
            if (javaClass.isEntity() || javaClass.isEmbeddable() || javaClass.isMappedSuperclass()) {
                result.classes.add(javaClass);
            }
            if (mongo && javaClass.has("Document")) {
                JavaAnnotation document = javaClass.annotation("Document").orElseThrow();
                String collection = document.name("collection", Constants.none())
                        .or(() -> document.name("value", Constants.none()))
                        .orElse(decapitalize(type.getNameAsString()));
                result.documents.add(new MongoDocument(collection, qualified, file, line(type.getName()), column(type.getName())));
            }
            collectNativeQueries(type, qualified, file, result);
        }
        if (index.mentionsAny(file, JDBC_MARKERS)) {
            collectJdbcSql(unit, pkg, file, result);
        }
        return result;
    }

    private boolean mentions(CompilationUnit unit, Path file, String pkg) {
        for (ImportDeclaration i : unit.getImports()) {
            String name = i.getNameAsString();
            if (name.equals(pkg) || name.startsWith(pkg + ".")) {
                return true;
            }
        }
        return index.textMatches(file, text -> text.contains("@" + pkg + "."));
    }

    /** The file parsed once per build; an unreadable file fails the scan as it always has. */
    private ParsedJava parse(Path file) {
        ParsedJava parsed = index.parse(file);
        if (parsed.unreadable()) {
            TextFiles.read(file);
        }
        return parsed;
    }

    private static String nestedName(TypeDeclaration<?> type) {
        StringBuilder name = new StringBuilder(type.getNameAsString());
        Optional<Node> parent = type.getParentNode();
        while (parent.isPresent()) {
            if (parent.get() instanceof TypeDeclaration<?> outer) {
                name.insert(0, outer.getNameAsString() + ".");
            }
            parent = parent.get().getParentNode();
        }
        return name.toString();
    }

    private static String superclass(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.getExtendedTypes().isEmpty()) {
            return c.getExtendedTypes().get(0).getNameAsString();
        }
        return null;
    }

    /** Fields, record components, or getters when the class uses property access. */
    private static List<JavaField> fields(TypeDeclaration<?> type, Path file) {
        List<JavaField> fields = new ArrayList<>();
        if (type instanceof RecordDeclaration record) {
            for (Parameter p : record.getParameters()) {
                List<JavaAnnotation> annotations = annotations(p);
                fields.add(field(p.getNameAsString(), p.getType(), p.getName(), annotations, isTransient(annotations), file));
            }
            return fields;
        }
        boolean propertyAccess = usesPropertyAccess(type);
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (!propertyAccess && member instanceof FieldDeclaration f) {
                List<JavaAnnotation> annotations = annotations(f);
                boolean excluded = f.isStatic() || f.isTransient() || isTransient(annotations);
                for (VariableDeclarator v : f.getVariables()) {
                    fields.add(field(v.getNameAsString(), v.getType(), v.getName(), annotations, excluded, file));
                }
            } else if (propertyAccess && member instanceof MethodDeclaration m && m.getParameters().isEmpty()
                    && !m.isStatic() && propertyName(m) != null) {
                List<JavaAnnotation> annotations = annotations(m);
                fields.add(field(propertyName(m), m.getType(), m.getName(), annotations, isTransient(annotations), file));
            }
        }
        return fields;
    }

    private static boolean usesPropertyAccess(TypeDeclaration<?> type) {
        Optional<AnnotationExpr> access = type.getAnnotationByName("Access");
        if (access.isPresent()) {
            return access.get().toString().contains("PROPERTY");
        }
        boolean fieldMapped = type.getFields().stream()
                .anyMatch(f -> FIELD_ANNOTATIONS_FOR_PROPERTY_ACCESS.stream().anyMatch(f::isAnnotationPresent));
        boolean getterMapped = type.getMethods().stream()
                .anyMatch(m -> m.isAnnotationPresent("Id") || m.isAnnotationPresent("EmbeddedId"));
        return getterMapped && !fieldMapped;
    }

    private static String propertyName(MethodDeclaration method) {
        String name = method.getNameAsString();
        String rest;
        if (name.startsWith("get") && name.length() > 3) {
            rest = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2) {
            rest = name.substring(2);
        } else {
            return null;
        }
        return Character.isUpperCase(rest.charAt(0)) ? decapitalize(rest) : null;
    }

    private static boolean isTransient(List<JavaAnnotation> annotations) {
        return annotations.stream().anyMatch(a -> a.name().equals("Transient"));
    }

    private static JavaField field(String name, Type type, Node node, List<JavaAnnotation> annotations, boolean excluded,
                                   Path file) {
        List<String> arguments = new ArrayList<>();
        String simple;
        if (type instanceof ArrayType array) {
            simple = simpleName(array.getComponentType().asString()) + "[]";
        } else if (type instanceof ClassOrInterfaceType c) {
            simple = c.getNameAsString();
            c.getTypeArguments().ifPresent(args -> args.forEach(a -> arguments.add(simpleName(erasure(a)))));
        } else {
            simple = type.asString();
        }
        return new JavaField(name, simple, arguments, line(node), column(node), annotations, excluded, file);
    }

    private static String erasure(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return c.getNameAsString();
        }
        String text = type.asString();
        int generic = text.indexOf('<');
        return generic < 0 ? text : text.substring(0, generic);
    }

    private static String simpleName(String name) {
        String withoutGenerics = name.contains("<") ? name.substring(0, name.indexOf('<')) : name;
        int dot = withoutGenerics.lastIndexOf('.');
        return dot < 0 ? withoutGenerics : withoutGenerics.substring(dot + 1);
    }

    private static List<JavaAnnotation> annotations(NodeWithAnnotations<?> node) {
        List<JavaAnnotation> annotations = new ArrayList<>();
        for (AnnotationExpr a : node.getAnnotations()) {
            annotations.add(annotation(a));
        }
        return annotations;
    }

    private static JavaAnnotation annotation(AnnotationExpr a) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (a instanceof SingleMemberAnnotationExpr single) {
            putValue(attributes, "value", single.getMemberValue());
        } else if (a instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                putValue(attributes, pair.getNameAsString(), pair.getValue());
            }
        }
        return new JavaAnnotation(JavaAnnotations.simpleName(a), attributes);
    }

    private static void putValue(Map<String, Object> attributes, String key, Expression expression) {
        Object value = value(expression);
        if (value != null) {
            attributes.put(key, value);
        }
    }

    private static Object value(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return t.asString();
        }
        if (e instanceof BooleanLiteralExpr b) {
            return b.getValue();
        }
        if (e instanceof AnnotationExpr nested) {
            return annotation(nested);
        }
        if (e instanceof ArrayInitializerExpr array) {
            List<Object> values = new ArrayList<>();
            for (Expression element : array.getValues()) {
                Object v = value(element);
                if (v != null) {
                    values.add(v);
                }
            }
            return values;
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Object left = value(b.getLeft());
            Object right = value(b.getRight());
            return left instanceof String l && right instanceof String r ? l + r : null;
        }
        if (e instanceof ClassExpr c) {
            return new JavaAnnotation.Symbol(c.getType().asString() + ".class");
        }
        if (e.isNameExpr() || e.isFieldAccessExpr()) {
            return new JavaAnnotation.Symbol(e.toString());
        }
        return null;
    }

    private static void collectNativeQueries(TypeDeclaration<?> type, String className, Path file, FileResult result) {
        for (AnnotationExpr a : type.findAll(AnnotationExpr.class)) {
            String name = JavaAnnotations.simpleName(a);
            if (!name.equals("Query") && !name.equals("NamedNativeQuery")) {
                continue;
            }
            if (!a.findAncestor(TypeDeclaration.class).map(t -> t == type).orElse(false)) {
                continue;
            }
            JavaAnnotation query = annotation(a);
            Optional<String> sql = name.equals("Query")
                    ? (query.isTrue("nativeQuery") ? query.string("value", Constants.none()) : Optional.empty())
                    : query.string("query", Constants.none());
            sql.ifPresent(s -> result.sql.add(new SqlUsage(s, className, file, line(a), column(a), "native query")));
        }
        for (AnnotationExpr a : type.getAnnotations()) {
            if (JavaAnnotations.simpleName(a).equals("NamedNativeQueries")) {
                for (JavaAnnotation q : annotation(a).annotations("value")) {
                    q.string("query", Constants.none()).ifPresent(s ->
                            result.sql.add(new SqlUsage(s, className, file, line(a), column(a), "native query")));
                }
            }
        }
    }

    /** String literals (and concatenations of them) that read like SQL, in a class using JDBC templates. */
    private static void collectJdbcSql(CompilationUnit unit, String pkg, Path file, FileResult result) {
        Set<Node> seen = new HashSet<>();
        List<Expression> literals = new ArrayList<>();
        literals.addAll(unit.findAll(StringLiteralExpr.class));
        literals.addAll(unit.findAll(TextBlockLiteralExpr.class));
        for (Expression literal : literals) {
            if (literal.findAncestor(AnnotationExpr.class).isPresent()) {
                continue;
            }
            Expression top = literal;
            while (top.getParentNode().orElse(null) instanceof BinaryExpr parent
                    && parent.getOperator() == BinaryExpr.Operator.PLUS) {
                top = parent;
            }
            if (!seen.add(top)) {
                continue;
            }
            String sql = concatenation(top);
            if (sql == null || !SQL_START.matcher(sql).matches()) {
                continue;
            }
            String className = literal.findAncestor(TypeDeclaration.class)
                    .map(t -> pkg + nestedName(t)).orElse(pkg + "?");
            result.sql.add(new SqlUsage(sql, className, file, line(top), column(top), "JDBC SQL"));
        }
    }

    /** The text of a literal or a concatenation; other operands become a harmless placeholder. */
    private static String concatenation(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return t.asString();
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            String left = concatenation(b.getLeft());
            String right = concatenation(b.getRight());
            return left == null || right == null ? null : left + right;
        }
        return null;
    }

    private static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }

    private static int column(Node node) {
        return node.getBegin().map(p -> p.column).orElse(0);
    }

    static String decapitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
