package io.github.architect.payloads;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import io.github.architect.endpoints.source.SourceIndex;
import io.github.architect.endpoints.source.SourceType;
import io.github.architect.payloads.JsonShape.TypeUse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a Java type as written into the JSON Jackson reads or writes for it: library types by their
 * well-known names, the project's own types from their sources, wrappers ({@code ResponseEntity},
 * {@code Optional}, {@code Mono}...) unwrapped and type variables replaced by what they are bound to.
 */
final class TypeShapes {

    private static final Set<String> STRINGS = Set.of("String", "CharSequence", "char", "Character", "UUID",
            "LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime", "OffsetTime", "ZonedDateTime", "Instant",
            "Date", "Year", "YearMonth", "MonthDay", "Duration", "Period", "ZoneId", "ZoneOffset", "URI", "URL",
            "Currency", "Locale", "Pattern", "File", "Path", "InetAddress", "StringBuilder", "StringBuffer", "Calendar",
            "DayOfWeek", "Month", "TimeZone", "Class");
    private static final Set<String> NUMBERS = Set.of("Integer", "Long", "Short", "Byte", "Double", "Float", "BigDecimal",
            "BigInteger", "Number", "AtomicInteger", "AtomicLong", "OptionalInt", "OptionalLong", "OptionalDouble",
            "int", "long", "short", "byte", "double", "float");
    private static final Set<String> BOOLEANS = Set.of("Boolean", "AtomicBoolean", "boolean");
    private static final Set<String> WRAPPERS = Set.of("ResponseEntity", "HttpEntity", "Optional", "Mono",
            "CompletableFuture", "CompletionStage", "Future", "ListenableFuture", "Callable", "DeferredResult",
            "WebAsyncTask", "Uni", "Single", "Maybe", "EntityModel", "HttpResponse", "MutableHttpResponse",
            "AtomicReference", "Supplier", "JsonNullable", "RestResponse");
    private static final Set<String> ARRAYS = Set.of("List", "Set", "Collection", "Iterable", "ArrayList", "LinkedList",
            "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "Stream", "Flux", "Multi", "Flowable",
            "Observable", "Queue", "Deque", "ArrayDeque", "CollectionModel", "SequencedCollection", "SequencedSet",
            "Iterator", "EnumSet", "Vector", "CopyOnWriteArrayList", "Publisher");
    private static final Set<String> ANYTHING = Set.of("Map", "HashMap", "LinkedHashMap", "TreeMap", "SortedMap",
            "NavigableMap", "ConcurrentHashMap", "ConcurrentMap", "MultiValueMap", "LinkedMultiValueMap", "Object",
            "JsonNode", "ObjectNode", "ArrayNode", "Properties", "EnumMap", "Serializable", "Record",
            "JsonObject", "JsonValue", "JsonArray", "Document", "ProblemDetail");
    private static final Set<String> PAGES = Set.of("Page", "Slice", "PageImpl", "SliceImpl");

    private final SourceIndex index;

    TypeShapes(SourceIndex index) {
        this.index = index;
    }

    SourceIndex index() {
        return index;
    }

    JsonShape shape(TypeUse use) {
        return shape(use.type(), use.scope(), use.bindings(), 0);
    }

    JsonShape shape(Type type, SourceType scope, Map<String, TypeUse> bindings, int depth) {
        if (depth > 16) {
            return JsonShape.Scalar.ANY;
        }
        if (type.isVoidType()) {
            return new JsonShape.None();
        }
        if (type.isPrimitiveType()) {
            PrimitiveType.Primitive primitive = type.asPrimitiveType().getType();
            return primitive == PrimitiveType.Primitive.BOOLEAN ? JsonShape.Scalar.BOOLEAN
                    : primitive == PrimitiveType.Primitive.CHAR ? JsonShape.Scalar.STRING : JsonShape.Scalar.NUMBER;
        }
        if (type.isArrayType()) {
            Type component = type.asArrayType().getComponentType();
            if (component.isPrimitiveType() && component.asPrimitiveType().getType() == PrimitiveType.Primitive.BYTE) {
                return JsonShape.Scalar.STRING; // base64
            }
            return new JsonShape.ArrayOf(shape(component, scope, bindings, depth + 1));
        }
        if (type.isWildcardType()) {
            return type.asWildcardType().getExtendedType().map(t -> shape(t, scope, bindings, depth + 1))
                    .orElse(JsonShape.Scalar.ANY);
        }
        if (!type.isClassOrInterfaceType()) {
            return JsonShape.Scalar.ANY;
        }
        ClassOrInterfaceType named = type.asClassOrInterfaceType();
        String name = named.getNameAsString();
        List<Type> arguments = named.getTypeArguments().map(NodeList::stream).map(s -> s.toList()).orElse(List.of());
        if (named.getScope().isEmpty()) {
            TypeUse bound = bindings.get(name);
            if (bound != null) {
                return shape(bound.type(), bound.scope(), bound.bindings(), depth + 1);
            }
            if (isTypeVariable(scope, name)) {
                return JsonShape.Scalar.ANY;
            }
        }
        Optional<SourceType> source = importsLibraryType(scope, named) ? Optional.empty()
                : index.resolve(named.getNameWithScope(), scope);
        if (source.isPresent()) {
            return ofSource(source.get(), arguments, scope, bindings);
        }
        if (STRINGS.contains(name)) {
            return JsonShape.Scalar.STRING;
        }
        if (NUMBERS.contains(name)) {
            return JsonShape.Scalar.NUMBER;
        }
        if (BOOLEANS.contains(name)) {
            return JsonShape.Scalar.BOOLEAN;
        }
        if (ANYTHING.contains(name)) {
            return JsonShape.Scalar.ANY;
        }
        if (WRAPPERS.contains(name)) {
            return arguments.isEmpty() ? new JsonShape.Unresolved(name) : shape(arguments.get(0), scope, bindings, depth + 1);
        }
        if (ARRAYS.contains(name)) {
            return new JsonShape.ArrayOf(arguments.isEmpty() ? JsonShape.Scalar.ANY
                    : shape(arguments.get(0), scope, bindings, depth + 1));
        }
        if (PAGES.contains(name)) {
            return new JsonShape.PageOf(arguments.isEmpty() ? JsonShape.Scalar.ANY
                    : shape(arguments.get(0), scope, bindings, depth + 1));
        }
        return new JsonShape.Unresolved(named.getNameWithScope());
    }

    private JsonShape ofSource(SourceType type, List<Type> arguments, SourceType scope, Map<String, TypeUse> bindings) {
        if (type.declaration() instanceof EnumDeclaration) {
            return JsonShape.Scalar.STRING;
        }
        Map<String, TypeUse> bound = new HashMap<>();
        if (type.declaration() instanceof NodeWithTypeParameters<?> generic) {
            List<TypeParameter> parameters = generic.getTypeParameters();
            for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
                bound.put(parameters.get(i).getNameAsString(), new TypeUse(arguments.get(i), scope, bindings));
            }
        }
        return new JsonShape.ObjectOf(type, Map.copyOf(bound));
    }

    /** {@code import org.springframework.data.domain.Page;} names a library type even if the project has a Page. */
    private boolean importsLibraryType(SourceType scope, ClassOrInterfaceType named) {
        if (scope == null || named.getScope().isPresent() || scope.unit() == null) {
            return false;
        }
        String suffix = "." + named.getNameAsString();
        return scope.unit().getImports().stream()
                .filter(i -> !i.isStatic() && !i.isAsterisk() && i.getNameAsString().endsWith(suffix))
                .anyMatch(i -> index.resolve(i.getNameAsString(), scope).isEmpty());
    }

    private static boolean isTypeVariable(SourceType scope, String name) {
        if (scope == null) {
            return false;
        }
        return scope.declaration() instanceof NodeWithTypeParameters<?> generic
                && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
    }
}
