package io.github.architect.operations;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.architect.cache.FileResultCache;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.Location;
import io.github.architect.code.BuildDependency;
import io.github.architect.code.CodeModule;
import io.github.architect.code.JavaAnnotations;
import io.github.architect.code.JavaConstants;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.code.JavaType;
import io.github.architect.code.JavaTypes;
import io.github.architect.code.Unresolvable;
import io.github.architect.code.ParsedJava;
import io.github.architect.code.TextFiles;
import io.github.architect.idl.GraphqlSchemaText;
import io.github.architect.idl.ProtoServices;
import io.github.architect.model.OperationKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the GraphQL root fields and gRPC methods a module serves: Spring for GraphQL and Netflix
 * DGS handlers, GraphQL schema files of a module with a GraphQL server, gRPC service
 * implementations ({@code extends *ImplBase}, Quarkus {@code @GrpcService}) and the .proto files of
 * a module that implements their services. A schema or .proto in a module without a server (a
 * client) serves nothing.
 */
final class OperationScanner {

    private static final List<String> SCHEMA_EXTENSIONS = List.of(".graphqls", ".gqls", ".graphql");
    private static final List<String> JAVA_MARKERS = List.of("QueryMapping", "MutationMapping", "SubscriptionMapping",
            "SchemaMapping", "@Dgs", "ImplBase", "GrpcService");
    private static final Set<String> SERVER_LIBRARIES = Set.of(
            "org.springframework.boot:spring-boot-starter-graphql",
            "com.graphql-java-kickstart:graphql-spring-boot-starter",
            "com.graphql-java-kickstart:graphql-java-servlet",
            "io.quarkus:quarkus-smallrye-graphql",
            "io.micronaut.graphql:micronaut-graphql");
    private static final Pattern PROTO_SOURCE_ROOT = Pattern.compile("<protoSourceRoot>\\s*([^<\\s]+)\\s*</protoSourceRoot>");

    private OperationScanner() {
    }

    /** Whether a Java file's text names a handler annotation or a gRPC base: stored per content hash. */
    record Marked(boolean marked) {
    }

    static ModuleOperations scan(CodeModule module) {
        return scan(module, ScanCache.disabled());
    }

    /**
     * @param scanCache remembers which files hold no handler, so that a re-run reads only the files
     *                  that changed and those that do
     */
    static ModuleOperations scan(CodeModule module, ScanCache scanCache) {
        return scan(module, scanCache, JavaSourceIndex.standalone());
    }

    /** As {@link #scan(CodeModule, ScanCache)}, reading and parsing through the build's shared index. */
    static ModuleOperations scan(CodeModule module, ScanCache scanCache, JavaSourceIndex index) {
        Map<String, CodeOperation> operations = new LinkedHashMap<>();
        List<OperationSourceProblem> problems = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        JavaHandlers handlers = new JavaHandlers(new JavaConstants(new JavaTypes(index)));
        FileResultCache<Marked> markers = scanCache.results("operation-markers", Marked.class);
        List<Path> candidates = index.files(module.sourceRoots()).parallelStream()
                .filter(file -> marked(file, scanCache, markers, index)).toList();
        for (Path file : candidates) {
            ParsedJava parsed = index.parse(file);
            if (parsed.unreadable()) {
                problems.add(new OperationSourceProblem(Location.of(file), "cannot read it: " + parsed.problem()));
                continue;
            }
            if (parsed.failed()) {
                String message = parsed.problem() == null ? "syntax error" : parsed.problem();
                // the endpoint check reports unparseable Java sources; here it is only said at -X
                unresolved.add(file + ":" + parsed.line() + " cannot be parsed (" + message + "), so its handlers are not read");
                continue;
            }
            handlers.collect(file, parsed, unresolved);
        }
        boolean graphqlServer = !handlers.graphql.isEmpty() || hasGraphqlServer(module);
        if (graphqlServer) {
            for (Path schema : schemaFiles(module)) {
                readSchema(schema, operations, problems);
            }
        }
        Set<String> grpcServices = handlers.grpcServices;
        if (!grpcServices.isEmpty()) {
            for (Path proto : protoFiles(module)) {
                readProto(proto, grpcServices, operations, problems);
            }
        }
        // a handler is what a developer wrote for the operation: it wins over the schema's line
        for (CodeOperation handler : handlers.graphql) {
            operations.put(handler.key(), handler);
        }
        for (CodeOperation handler : handlers.grpc) {
            // the .proto spells the rpc exactly; the Java method name only up to its first letter's case
            CodeOperation proto = operations.get(handler.key());
            operations.put(handler.key(), proto == null ? handler : new CodeOperation(proto.kind(), proto.api(),
                    proto.name(), handler.location(), handler.className(), handler.servedBy()));
        }
        List<CodeOperation> sorted = new ArrayList<>(operations.values());
        sorted.sort((a, b) -> a.location().compareTo(b.location()) != 0 ? a.location().compareTo(b.location())
                : a.key().compareTo(b.key()));
        return new ModuleOperations(sorted, problems, unresolved);
    }

    private static boolean marked(Path file, ScanCache scanCache, FileResultCache<Marked> markers, JavaSourceIndex index) {
        if (!scanCache.persistent()) {
            // nothing outlives the run: the index's one read of the file answers
            return index.mentionsAny(file, JAVA_MARKERS);
        }
        try {
            return markers.get(file, scanCache.sha256(file), f -> new Marked(index.mentionsAny(f, JAVA_MARKERS))).marked();
        } catch (UncheckedIOException e) {
            return true; // read again below, where the failure becomes a finding
        }
    }

    private static boolean hasGraphqlServer(CodeModule module) {
        Stream<String> keys = Stream.concat(module.libraries().stream(), module.dependencies().stream().map(BuildDependency::key));
        return keys.anyMatch(key -> SERVER_LIBRARIES.contains(key)
                || key.startsWith("com.netflix.graphql.dgs:") && key.contains("starter"));
    }

    private static List<Path> schemaFiles(CodeModule module) {
        List<Path> roots = module.resourceDirectories().stream().map(r -> r.resolve("graphql")).toList();
        return files(roots, SCHEMA_EXTENSIONS);
    }

    static List<Path> protoFiles(CodeModule module) {
        return files(protoRoots(module), List.of(".proto"));
    }

    /** src/main/proto and the protoSourceRoot the pom configures: not source or resource directories of Maven. */
    static List<Path> protoRoots(CodeModule module) {
        List<Path> roots = new ArrayList<>();
        roots.add(module.baseDirectory().resolve("src/main/proto"));
        Path pom = module.pomFile();
        if (pom != null && Files.isRegularFile(pom)) {
            try {
                Matcher configured = PROTO_SOURCE_ROOT.matcher(Files.readString(pom));
                while (configured.find()) {
                    String dir = configured.group(1).replace("${project.basedir}/", "").replace("${basedir}/", "");
                    if (!dir.contains("${")) {
                        roots.add(module.baseDirectory().resolve(dir).normalize());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the conventional directory is still read; the technology check reports an unreadable pom
            }
        }
        return roots.stream().distinct().toList();
    }

    private static void readSchema(Path file, Map<String, CodeOperation> operations, List<OperationSourceProblem> problems) {
        String text = readText(file, problems);
        if (text == null) {
            return;
        }
        GraphqlSchemaText.Parsed parsed = GraphqlSchemaText.parse(text);
        if (parsed.failed()) {
            problems.add(new OperationSourceProblem(Location.of(file, parsed.line(), parsed.column()), parsed.error()));
            return;
        }
        for (GraphqlSchemaText.RootField field : parsed.fields()) {
            CodeOperation operation = new CodeOperation(field.kind(), field.kind().rootType(), field.name(),
                    Location.of(file, field.line(), field.column()), null, file.getFileName().toString());
            operations.putIfAbsent(operation.key(), operation);
        }
    }

    private static void readProto(Path file, Set<String> implemented, Map<String, CodeOperation> operations,
                                  List<OperationSourceProblem> problems) {
        String text = readText(file, problems);
        if (text == null) {
            return;
        }
        ProtoServices.Parsed parsed = ProtoServices.parse(text);
        if (parsed.failed()) {
            problems.add(new OperationSourceProblem(Location.of(file, parsed.line(), parsed.column()), parsed.error()));
            return;
        }
        for (ProtoServices.Rpc rpc : parsed.rpcs()) {
            if (implemented.contains(rpc.service().toLowerCase(Locale.ROOT))) {
                CodeOperation operation = new CodeOperation(OperationKind.GRPC, rpc.service(), rpc.name(),
                        Location.of(file, rpc.line(), rpc.column()), null, file.getFileName().toString());
                operations.putIfAbsent(operation.key(), operation);
            }
        }
    }

    /** The file's text, or null with a problem recorded when it cannot be read. */
    private static String readText(Path file, List<OperationSourceProblem> problems) {
        try {
            return TextFiles.read(file);
        } catch (UncheckedIOException e) {
            problems.add(new OperationSourceProblem(Location.of(file), "cannot read it: " + e.getCause().getMessage()));
            return null;
        }
    }

    private static List<Path> files(List<Path> roots, List<String> extensions) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> extensions.stream().anyMatch(p.getFileName().toString()::endsWith))
                        .filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // an unlistable directory holds nothing we can read; the endpoint check reports unreadable sources
            }
        }
        return files.stream().distinct().toList();
    }

    /** The handlers of a module's Java sources. */
    private static final class JavaHandlers {
        final List<CodeOperation> graphql = new ArrayList<>();
        final List<CodeOperation> grpc = new ArrayList<>();
        /** gRPC service names implemented, lower case. */
        final Set<String> grpcServices = new java.util.TreeSet<>();
        private final JavaConstants constants;

        JavaHandlers(JavaConstants constants) {
            this.constants = constants;
        }

        void collect(Path file, ParsedJava parsed, List<String> unresolved) {
            CompilationUnit unit = parsed.unit();
            String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
            for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                if (type.isInterface()) {
                    continue;
                }
                String className = pkg + binaryName(type);
                graphqlHandlers(file, new JavaType(type, parsed), className, unresolved);
                grpcServer(file, type, className);
            }
        }

        /** The string a constant expression of {@code scope} folds to, or empty when it is not a constant. */
        private Optional<String> evaluate(com.github.javaparser.ast.expr.Expression value, JavaType scope) {
            try {
                return Optional.of(constants.string(value, scope));
            } catch (Unresolvable e) {
                return Optional.empty();
            }
        }

        private void graphqlHandlers(Path file, JavaType scope, String className, List<String> unresolved) {
            TypeDeclaration<?> type = scope.type();
            Optional<String> classTypeName = type.getAnnotationByName("SchemaMapping")
                    .flatMap(a -> JavaAnnotations.attribute(a, "typeName")).flatMap(v -> evaluate(v, scope));
            for (MethodDeclaration method : type.getMethods()) {
                for (var annotation : method.getAnnotations()) {
                    String simple = annotation.getName().getIdentifier();
                    OperationKind kind;
                    Optional<com.github.javaparser.ast.expr.Expression> nameValue;
                    switch (simple) {
                        case "QueryMapping", "MutationMapping", "SubscriptionMapping" -> {
                            kind = OperationKind.ofRootType(simple.substring(0, simple.length() - "Mapping".length()));
                            nameValue = JavaAnnotations.attribute(annotation, "name", "value");
                        }
                        case "DgsQuery", "DgsMutation", "DgsSubscription" -> {
                            kind = OperationKind.ofRootType(simple.substring(3));
                            nameValue = JavaAnnotations.attribute(annotation, "field");
                        }
                        case "SchemaMapping", "DgsData" -> {
                            Optional<String> typeName = JavaAnnotations.attribute(annotation,
                                    simple.equals("DgsData") ? "parentType" : "typeName").flatMap(v -> evaluate(v, scope))
                                    .or(() -> simple.equals("DgsData") ? Optional.empty() : classTypeName);
                            kind = typeName.map(OperationKind::ofRootType).orElse(null);
                            if (kind != null && !kind.rootType().equals(typeName.get())) {
                                kind = null; // GraphQL type names are case-sensitive: "query" is another type
                            }
                            nameValue = JavaAnnotations.attribute(annotation, "field", "value");
                        }
                        default -> {
                            continue;
                        }
                    }
                    if (kind == null) {
                        continue;
                    }
                    String where = type.getNameAsString() + "." + method.getNameAsString() + "()";
                    String name = method.getNameAsString();
                    if (nameValue.isPresent()) {
                        Optional<String> value = evaluate(nameValue.get(), scope);
                        if (value.isEmpty()) {
                            unresolved.add("@" + simple + " of " + where + " at " + file + ": its field name "
                                    + nameValue.get() + " is not a string constant of the class,"
                                    + " so the method is not compared with section 4");
                            continue;
                        }
                        name = value.get().isEmpty() ? name : value.get();
                    }
                    int line = method.getName().getBegin().map(p -> p.line).orElse(0);
                    int column = method.getName().getBegin().map(p -> p.column).orElse(0);
                    graphql.add(new CodeOperation(kind, kind.rootType(), name, Location.of(file, line, column),
                            className, where));
                }
            }
        }

        private void grpcServer(Path file, ClassOrInterfaceDeclaration type, String className) {
            List<String> services = new ArrayList<>();
            for (ClassOrInterfaceType extended : type.getExtendedTypes()) {
                String name = extended.getName().getIdentifier();
                if (name.endsWith("ImplBase") && name.length() > "ImplBase".length()) {
                    services.add(name.substring(0, name.length() - "ImplBase".length()));
                }
            }
            boolean quarkus = false;
            if (services.isEmpty() && type.getAnnotationByName("GrpcService").isPresent()) {
                // Quarkus: the implementation of the generated service interface, named as the service;
                // each of its public methods implements an rpc
                type.getImplementedTypes().forEach(t -> services.add(t.getName().getIdentifier()));
                quarkus = true;
            }
            if (services.isEmpty() || type.isAbstract()) {
                return;
            }
            services.forEach(s -> grpcServices.add(s.toLowerCase(Locale.ROOT)));
            for (MethodDeclaration method : type.getMethods()) {
                if (method.isStatic() || !method.isPublic()) {
                    continue;
                }
                boolean override = method.getAnnotationByName("Override").isPresent();
                boolean observer = method.getParameters().stream().map(Parameter::getTypeAsString)
                        .anyMatch(t -> t.contains("StreamObserver"));
                if (!override && !observer && !quarkus) {
                    continue;
                }
                if (override && method.getNameAsString().equals("bindService")) {
                    continue;
                }
                int line = method.getName().getBegin().map(p -> p.line).orElse(0);
                int column = method.getName().getBegin().map(p -> p.column).orElse(0);
                for (String service : services) {
                    grpc.add(new CodeOperation(OperationKind.GRPC, service, OperationNames.rpcOf(method.getNameAsString()),
                            Location.of(file, line, column), className,
                            type.getNameAsString() + "." + method.getNameAsString() + "()"));
                }
            }
        }

        private static String binaryName(TypeDeclaration<?> type) {
            StringBuilder name = new StringBuilder(type.getNameAsString());
            var parent = type.getParentNode().orElse(null);
            while (parent instanceof TypeDeclaration<?> outer) {
                name.insert(0, outer.getNameAsString() + "$");
                parent = outer.getParentNode().orElse(null);
            }
            return name.toString();
        }
    }
}
