package io.github.architect.schema;

import io.github.architect.schema.sources.Constants;
import io.github.architect.schema.sources.JavaAnnotation;
import io.github.architect.schema.sources.JavaField;
import io.github.architect.schema.sources.Repeated;
import io.github.architect.schema.sources.SourceClass;
import io.github.architect.schema.sources.ValueTypes;
import io.github.architect.sql.Identifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the tables and columns JPA entities map, following the JPA defaults and Hibernate's
 * implicit naming, with Spring Boot's physical naming when asked. Classes are looked up by simple name
 * among the visible sources (the module and the modules it depends on), since there is no symbol solver.
 */
final class EntityMapper {

    private static final Set<String> NOT_BASIC = Set.of("List", "Set", "Collection", "Map", "SortedSet",
            "SortedMap", "Iterable", "Optional");
    private static final Set<String> CONVERTED = Set.of("Convert", "Converts", "Type", "JdbcTypeCode", "JdbcType",
            "ColumnTransformer", "Formula", "Struct", "Array", "JavaType", "TenantId");

    private final Map<String, SourceClass> classes = new HashMap<>();
    /** Computed once: the entity hierarchy roots and which of them have entity subclasses. */
    private final Map<String, SourceClass> roots = new HashMap<>();
    private final Set<String> rootsWithSubclasses = new HashSet<>();
    private final Map<String, List<String>> idColumns = new HashMap<>();
    private final Set<String> enums;
    private final Constants constants;
    private final PhysicalNaming naming;

    /**
     * @param visible every persistent class the module can see, and the value types they embed
     *                ({@link ValueTypes}); later entries win on simple-name clashes, so pass value types
     *                and dependencies first and the module's own classes last
     */
    public EntityMapper(Collection<SourceClass> visible, Set<String> enums, Constants constants, PhysicalNaming naming) {
        visible.forEach(c -> classes.put(c.simpleName(), c));
        this.enums = Set.copyOf(enums);
        this.constants = constants;
        this.naming = naming;
        for (SourceClass c : classes.values()) {
            if (c.isEntity()) {
                SourceClass root = rootOf(c);
                if (root != c) {
                    rootsWithSubclasses.add(root.qualifiedName());
                }
            }
        }
    }

    /** Every table the given entities map, in source order. */
    public List<MappedTable> map(Collection<SourceClass> moduleClasses) {
        List<MappedTable> tables = new ArrayList<>();
        for (SourceClass c : moduleClasses) {
            // a @Subselect entity reads a query, not a table
            if (c.isEntity() && !c.has("Subselect")) {
                tables.addAll(mapEntity(c));
            }
        }
        return tables;
    }

    private enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    /** The collected output for one entity: its own table first, then join, collection and secondary tables. */
    private final class Sink {
        final SourceClass entity;
        final MappedName table;
        final Map<String, List<MappedColumn>> secondary = new LinkedHashMap<>();
        final List<MappedColumn> columns = new ArrayList<>();
        final List<MappedTable> others = new ArrayList<>();

        Sink(SourceClass entity, MappedName table) {
            this.entity = entity;
            this.table = table;
        }

        void add(String secondaryTable, MappedColumn column) {
            if (secondaryTable == null) {
                columns.add(column);
            } else {
                secondary.computeIfAbsent(secondaryTable, k -> new ArrayList<>()).add(column);
            }
        }
    }

    private List<MappedTable> mapEntity(SourceClass entity) {
        List<SourceClass> chain = ancestry(entity);
        SourceClass root = rootOf(entity);
        Strategy strategy = strategyOf(root);
        boolean isRoot = root == entity;
        Sink sink = new Sink(entity, tableName(entity));

        Map<String, String> overrides = new HashMap<>();
        overridesOf(entity.repeated("AttributeOverride", "AttributeOverrides"), "", overrides);

        List<SourceClass> contributing = new ArrayList<>();
        contributing.add(entity);
        for (SourceClass ancestor : chain.subList(1, chain.size())) {
            if (ancestor.isEntity() && strategy != Strategy.TABLE_PER_CLASS) {
                break;
            }
            contributing.add(ancestor);
        }
        for (int i = contributing.size() - 1; i >= 0; i--) {
            for (JavaField field : contributing.get(i).fields()) {
                attribute(sink, field, "", overrides, null);
            }
        }
        if (!isRoot && strategy == Strategy.JOINED) {
            List<JavaAnnotation> pkJoins = entity.repeated("PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns");
            List<String> rootIds = idColumns(root);
            for (int i = 0; i < Math.max(1, rootIds.size()); i++) {
                String name = i < pkJoins.size() ? pkJoins.get(i).name("name", constants).orElse(null) : null;
                String column = name != null ? name : (i < rootIds.size() ? rootIds.get(i) : "id");
                sink.columns.add(0, new MappedColumn(MappedName.of(column, naming), entity.simpleName() + "." + column,
                        null, entity.file(), entity.line(), entity.column()));
            }
        }
        if (isRoot && needsDiscriminator(root, strategy)) {
            String column = root.annotation("DiscriminatorColumn").flatMap(d -> d.name("name", constants)).orElse("DTYPE");
            sink.columns.add(new MappedColumn(MappedName.of(column, naming), entity.simpleName() + " discriminator",
                    null, entity.file(), entity.line(), entity.column()));
        }

        List<MappedTable> tables = new ArrayList<>();
        if (isRoot || strategy != Strategy.SINGLE_TABLE) {
            tables.add(new MappedTable(sink.table, entity.qualifiedName(), "entity", entity.file(), entity.line(),
                    entity.column(), sink.columns, tableSchema(entity)));
        } else {
            // single table: the subclass's columns live in the root's table
            tables.add(new MappedTable(sink.table, entity.qualifiedName(), "single-table subclass", entity.file(),
                    entity.line(), entity.column(), sink.columns, tableSchema(entity)));
        }
        Map<String, JavaAnnotation> secondaryTables = new LinkedHashMap<>();
        for (JavaAnnotation s : entity.repeated("SecondaryTable", "SecondaryTables")) {
            s.name("name", constants).ifPresent(n -> secondaryTables.put(Identifier.parse(n).key(), s));
        }
        Set<String> secondaryNames = new HashSet<>(secondaryTables.keySet());
        sink.secondary.keySet().forEach(k -> secondaryNames.add(Identifier.parse(k).key()));
        for (String key : secondaryNames) {
            JavaAnnotation declaration = secondaryTables.get(key);
            String name = declaration != null ? declaration.name("name", constants).orElseThrow() : key;
            List<MappedColumn> columns = new ArrayList<>();
            List<JavaAnnotation> pkJoins = declaration == null ? List.of() : declaration.annotations("pkJoinColumns");
            List<String> ids = idColumns(root);
            for (int i = 0; i < Math.max(1, ids.size()); i++) {
                String pk = i < pkJoins.size() ? pkJoins.get(i).name("name", constants).orElse(null) : null;
                String column = pk != null ? pk : (i < ids.size() ? ids.get(i) : "id");
                columns.add(new MappedColumn(MappedName.of(column, naming), entity.simpleName() + "." + column, null,
                        entity.file(), entity.line(), entity.column()));
            }
            sink.secondary.forEach((table, cols) -> {
                if (Identifier.parse(table).key().equals(key)) {
                    columns.addAll(cols);
                }
            });
            tables.add(new MappedTable(MappedName.of(name, naming), entity.qualifiedName(), "secondary table",
                    entity.file(), entity.line(), entity.column(), columns,
                    declaration == null ? null : schemaOf(declaration)));
        }
        tables.addAll(sink.others);
        return tables;
    }

    /** The class, then its persistent superclasses, nearest first. */
    private List<SourceClass> ancestry(SourceClass start) {
        List<SourceClass> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SourceClass current = start;
        while (current != null && seen.add(current.qualifiedName())) {
            chain.add(current);
            current = current.superclass() == null ? null : classes.get(current.superclass());
            if (current != null && !current.isEntity() && !current.isMappedSuperclass()) {
                break;
            }
        }
        return chain;
    }

    private SourceClass rootOf(SourceClass entity) {
        return roots.computeIfAbsent(entity.qualifiedName(), k -> {
            SourceClass root = entity;
            for (SourceClass c : ancestry(entity)) {
                if (c.isEntity()) {
                    root = c;
                }
            }
            return root;
        });
    }

    private Strategy strategyOf(SourceClass root) {
        String strategy = root.annotation("Inheritance").flatMap(i -> i.symbol("strategy")).orElse("SINGLE_TABLE");
        return switch (strategy) {
            case "JOINED" -> Strategy.JOINED;
            case "TABLE_PER_CLASS" -> Strategy.TABLE_PER_CLASS;
            default -> Strategy.SINGLE_TABLE;
        };
    }

    private boolean needsDiscriminator(SourceClass root, Strategy strategy) {
        if (root.has("DiscriminatorColumn")) {
            return true;
        }
        if (strategy != Strategy.SINGLE_TABLE) {
            return false;
        }
        if (root.has("Inheritance") || root.has("DiscriminatorValue")) {
            return true;
        }
        return rootsWithSubclasses.contains(root.qualifiedName());
    }

    /** The entity's table under the configured naming; single-table subclasses share their root's. */
    MappedName tableName(SourceClass entity) {
        return MappedName.of(tableLogicalName(entity), naming);
    }

    private Identifier tableLogicalName(SourceClass entity) {
        SourceClass root = rootOf(entity);
        if (root != entity && strategyOf(root) == Strategy.SINGLE_TABLE) {
            return tableLogicalName(root);
        }
        return Identifier.parse(entity.annotation("Table").flatMap(t -> t.name("name", constants))
                .orElse(entityName(entity)));
    }

    /** The schema of the entity's table, {@code @Table(schema = ...)} (its root's for a single-table subclass). */
    private Identifier tableSchema(SourceClass entity) {
        SourceClass root = rootOf(entity);
        if (root != entity && strategyOf(root) == Strategy.SINGLE_TABLE) {
            return tableSchema(root);
        }
        return entity.annotation("Table").map(this::schemaOf).orElse(null);
    }

    /** The {@code schema} attribute of a table annotation, null when absent or blank. */
    private Identifier schemaOf(JavaAnnotation table) {
        return table.name("schema", constants).filter(s -> !s.isBlank()).map(Identifier::parse).orElse(null);
    }

    private String entityName(SourceClass entity) {
        return entity.annotation("Entity").flatMap(e -> e.name("name", constants)).orElse(entity.simpleName());
    }

    /** Id column names (logical) of an entity, from {@code @Id} or {@code @EmbeddedId}; "id" when not found. */
    private List<String> idColumns(SourceClass entity) {
        List<String> cached = idColumns.get(entity.qualifiedName());
        if (cached != null) {
            return cached;
        }
        List<String> found = findIdColumns(entity);
        idColumns.put(entity.qualifiedName(), found);
        return found;
    }

    private List<String> findIdColumns(SourceClass entity) {
        List<String> ids = new ArrayList<>();
        for (SourceClass c : ancestry(entity)) {
            for (JavaField f : c.fields()) {
                if (f.excluded()) {
                    continue;
                }
                if (f.has("Id")) {
                    ids.add(f.annotation("Column").flatMap(col -> col.name("name", constants)).orElse(f.name()));
                } else if (f.has("EmbeddedId")) {
                    SourceClass id = classes.get(f.type());
                    if (id != null) {
                        id.fields().stream().filter(idField -> !idField.excluded()).forEach(idField -> ids.add(
                                idField.annotation("Column").flatMap(col -> col.name("name", constants))
                                        .orElse(idField.name())));
                    }
                }
            }
        }
        return ids.isEmpty() ? List.of("id") : ids;
    }

    private void overridesOf(List<JavaAnnotation> attributeOverrides, String prefix, Map<String, String> into) {
        for (JavaAnnotation o : attributeOverrides) {
            Optional<String> path = o.string("name", constants);
            Optional<String> column = o.annotations("column").stream().findFirst()
                    .flatMap(c -> c.name("name", constants));
            if (path.isPresent() && column.isPresent()) {
                into.putIfAbsent(prefix + path.get(), column.get());
            }
        }
    }

    /** Maps one attribute into the sink; {@code path} is the prefix inside embeddables. */
    private void attribute(Sink sink, JavaField field, String path, Map<String, String> overrides, String inTable) {
        // Hibernate's @Formula and @JoinFormula attributes are computed by SQL, not stored in a column
        if (field.excluded() || field.has("Formula") || field.has("JoinFormula")) {
            return;
        }
        String attributePath = path + field.name();
        String where = sink.entity.simpleName() + "." + attributePath;
        if (field.has("ElementCollection")) {
            collectionTable(sink, field);
        } else if (field.has("ManyToMany") || field.has("OneToMany")) {
            JavaAnnotation relation = field.annotation(field.has("ManyToMany") ? "ManyToMany" : "OneToMany").orElseThrow();
            if (relation.name("mappedBy", constants).isPresent()) {
                return;
            }
            List<JavaAnnotation> joinColumns = field.has("JoinTable") ? List.of()
                    : Repeated.of(field.annotations(), "JoinColumn", "JoinColumns");
            if (field.has("OneToMany") && !joinColumns.isEmpty()) {
                foreignKeyOnTarget(sink, field, relation, joinColumns);
            } else {
                joinTable(sink, field, relation);
            }
        } else if (field.has("ManyToOne") || field.has("OneToOne")) {
            JavaAnnotation relation = field.annotation(field.has("ManyToOne") ? "ManyToOne" : "OneToOne").orElseThrow();
            if (relation.name("mappedBy", constants).isPresent() || field.has("MapsId")
                    || field.has("PrimaryKeyJoinColumn") || field.has("PrimaryKeyJoinColumns")) {
                return;
            }
            if (field.has("JoinTable")) {
                joinTable(sink, field, relation);
                return;
            }
            SourceClass target = targetOf(field, relation);
            List<String> targetIds = target == null ? List.of("id") : idColumns(target);
            List<JavaAnnotation> joinColumns = Repeated.of(field.annotations(), "JoinColumn", "JoinColumns");
            for (int i = 0; i < Math.max(joinColumns.size(), joinColumns.isEmpty() ? targetIds.size() : 0); i++) {
                JavaAnnotation jc = i < joinColumns.size() ? joinColumns.get(i) : null;
                String referenced = jc == null ? null : jc.name("referencedColumnName", constants).orElse(null);
                String defaultName = attributePath.replace('.', '_') + "_"
                        + (referenced != null ? referenced : targetIds.get(Math.min(i, targetIds.size() - 1)));
                String name = jc == null ? null : jc.name("name", constants).orElse(null);
                String table = jc == null ? inTable : jc.name("table", constants).orElse(inTable);
                sink.add(table, new MappedColumn(MappedName.of(name != null ? name : defaultName, naming), where, null,
                        field.file(), field.line(), field.column()));
            }
        } else if (field.has("Embedded") || field.has("EmbeddedId") || isEmbeddable(field.type())) {
            SourceClass embeddable = classes.get(field.type());
            if (embeddable == null) {
                return;
            }
            Map<String, String> nested = new HashMap<>(overrides);
            overridesOf(Repeated.of(field.annotations(), "AttributeOverride", "AttributeOverrides"), attributePath + ".", nested);
            for (SourceClass c : reversed(ancestryOfEmbeddable(embeddable))) {
                for (JavaField inner : c.fields()) {
                    attribute(sink, inner, attributePath + ".", nested, inTable);
                }
            }
        } else if (NOT_BASIC.contains(field.type())) {
            // a collection without a mapping annotation is not a column (Hibernate rejects it anyway)
        } else {
            Optional<JavaAnnotation> column = field.annotation("Column");
            String name = overrides.getOrDefault(attributePath,
                    column.flatMap(c -> c.name("name", constants)).orElse(field.name()));
            String table = column.flatMap(c -> c.name("table", constants)).orElse(inTable);
            sink.add(table, new MappedColumn(MappedName.of(name, naming), where, basicType(field), field.file(),
                    field.line(), field.column()));
        }
    }

    private List<SourceClass> ancestryOfEmbeddable(SourceClass embeddable) {
        List<SourceClass> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SourceClass current = embeddable;
        while (current != null && seen.add(current.qualifiedName())) {
            chain.add(current);
            current = current.superclass() == null ? null : classes.get(current.superclass());
            if (current != null && !current.isEmbeddable() && !current.isMappedSuperclass()) {
                break;
            }
        }
        return chain;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private boolean isEmbeddable(String type) {
        SourceClass c = classes.get(type);
        return c != null && c.isEmbeddable();
    }

    /** The Java type to check against the column type, or null when converters or unknown types are involved. */
    private String basicType(JavaField field) {
        if (field.annotations().stream().anyMatch(a -> CONVERTED.contains(a.name()))) {
            return null;
        }
        if (enums.contains(field.type())) {
            String kind = field.annotation("Enumerated").flatMap(e -> e.symbol("value")).orElse("ORDINAL");
            return "enum:" + kind;
        }
        return field.type();
    }

    private SourceClass targetOf(JavaField field, JavaAnnotation relation) {
        Optional<String> explicit = relation.symbol("targetEntity");
        if (explicit.isPresent()) {
            return classes.get(explicit.get());
        }
        if (!field.typeArguments().isEmpty()) {
            return classes.get(field.typeArguments().get(field.typeArguments().size() - 1));
        }
        return classes.get(field.type());
    }

    private String targetName(JavaField field, JavaAnnotation relation) {
        SourceClass target = targetOf(field, relation);
        if (target != null) {
            return target.simpleName();
        }
        return field.typeArguments().isEmpty() ? field.type() : field.typeArguments().get(field.typeArguments().size() - 1);
    }

    /** A unidirectional one-to-many with a join column: the column lives in the target's table. */
    private void foreignKeyOnTarget(Sink sink, JavaField field, JavaAnnotation relation, List<JavaAnnotation> joinColumns) {
        SourceClass target = targetOf(field, relation);
        MappedName targetTable = target != null ? tableName(target) : MappedName.of(targetName(field, relation), naming);
        List<String> ownerIds = idColumns(sink.entity);
        List<MappedColumn> columns = new ArrayList<>();
        for (int i = 0; i < joinColumns.size(); i++) {
            JavaAnnotation jc = joinColumns.get(i);
            String name = jc.name("name", constants)
                    .orElse(field.name() + "_" + ownerIds.get(Math.min(i, ownerIds.size() - 1)));
            columns.add(new MappedColumn(MappedName.of(name, naming), sink.entity.simpleName() + "." + field.name(),
                    null, field.file(), field.line(), field.column()));
        }
        sink.others.add(new MappedTable(targetTable, sink.entity.qualifiedName(), "join column", field.file(),
                field.line(), field.column(), columns, target == null ? null : tableSchema(target)));
    }

    private void joinTable(Sink sink, JavaField field, JavaAnnotation relation) {
        SourceClass target = targetOf(field, relation);
        Optional<JavaAnnotation> joinTable = field.annotation("JoinTable");
        Optional<String> explicitName = joinTable.flatMap(j -> j.name("name", constants));
        MappedName name;
        if (explicitName.isPresent()) {
            name = MappedName.of(explicitName.get(), naming);
        } else {
            Identifier owner = tableLogicalName(sink.entity);
            Identifier targetTable = target != null ? tableLogicalName(target) : new Identifier(targetName(field, relation), false);
            name = defaultJoinTableName(owner, targetTable, field.name());
        }
        String ownerSide = target == null ? null : target.fields().stream()
                .filter(f -> f.annotations().stream().anyMatch(a -> a.name("mappedBy", constants)
                        .filter(field.name()::equals).isPresent()))
                .map(JavaField::name).findFirst().orElse(null);
        List<MappedColumn> columns = new ArrayList<>();
        String where = sink.entity.simpleName() + "." + field.name();
        List<JavaAnnotation> joins = joinTable.map(j -> j.annotations("joinColumns")).orElse(List.of());
        List<String> ownerIds = idColumns(sink.entity);
        String ownerPrefix = ownerSide != null ? ownerSide : entityName(sink.entity);
        for (int i = 0; i < ownerIds.size(); i++) {
            String explicit = i < joins.size() ? joins.get(i).name("name", constants).orElse(null) : null;
            columns.add(new MappedColumn(MappedName.of(explicit != null ? explicit : ownerPrefix + "_" + ownerIds.get(i), naming),
                    where, null, field.file(), field.line(), field.column()));
        }
        List<JavaAnnotation> inverse = joinTable.map(j -> j.annotations("inverseJoinColumns")).orElse(List.of());
        List<String> targetIds = target == null ? List.of("id") : idColumns(target);
        for (int i = 0; i < targetIds.size(); i++) {
            String explicit = i < inverse.size() ? inverse.get(i).name("name", constants).orElse(null) : null;
            columns.add(new MappedColumn(MappedName.of(explicit != null ? explicit : field.name() + "_" + targetIds.get(i), naming),
                    where, null, field.file(), field.line(), field.column()));
        }
        orderColumn(sink, field, columns);
        sink.others.add(new MappedTable(name, sink.entity.qualifiedName(), "join table", field.file(),
                field.line(), field.column(), columns, joinTable.map(this::schemaOf).orElse(null)));
    }

    /**
     * Hibernate's JPA-compliant default is {@code <owner table>_<target table>}; Spring Boot's implicit
     * strategy uses {@code <owner table>_<attribute>}.
     */
    private MappedName defaultJoinTableName(Identifier ownerTable, Identifier targetTable, String attribute) {
        MappedName jpa = MappedName.of(new Identifier(PhysicalNaming.JPA.preferred(ownerTable).text() + "_"
                + PhysicalNaming.JPA.preferred(targetTable).text(), false), PhysicalNaming.JPA);
        MappedName spring = MappedName.of(new Identifier(PhysicalNaming.SPRING.preferred(ownerTable).text() + "_"
                + attribute, false), PhysicalNaming.SPRING);
        return switch (naming) {
            case JPA -> jpa;
            case SPRING -> spring;
            case EITHER -> jpa.or(spring).or(MappedName.of(new Identifier(jpa.preferred().text(), false), PhysicalNaming.SPRING));
        };
    }

    private void orderColumn(Sink sink, JavaField field, List<MappedColumn> columns) {
        field.annotation("OrderColumn").ifPresent(o -> columns.add(new MappedColumn(
                MappedName.of(o.name("name", constants).orElse(field.name() + "_ORDER"), naming),
                sink.entity.simpleName() + "." + field.name(), null, field.file(), field.line(), field.column())));
    }

    private void collectionTable(Sink sink, JavaField field) {
        Optional<JavaAnnotation> collectionTable = field.annotation("CollectionTable");
        String entityName = entityName(sink.entity);
        MappedName name = collectionTable.flatMap(c -> c.name("name", constants))
                .map(n -> MappedName.of(n, naming))
                .orElseGet(() -> {
                    MappedName byEntity = MappedName.of(entityName + "_" + field.name(), naming);
                    Identifier ownerTable = tableLogicalName(sink.entity);
                    return naming == PhysicalNaming.JPA ? byEntity
                            : byEntity.or(MappedName.of(PhysicalNaming.SPRING.preferred(ownerTable).text() + "_" + field.name(), naming));
                });
        String where = sink.entity.simpleName() + "." + field.name();
        List<MappedColumn> columns = new ArrayList<>();
        List<JavaAnnotation> joins = collectionTable.map(c -> c.annotations("joinColumns")).orElse(List.of());
        List<String> ids = idColumns(sink.entity);
        for (int i = 0; i < ids.size(); i++) {
            String explicit = i < joins.size() ? joins.get(i).name("name", constants).orElse(null) : null;
            columns.add(new MappedColumn(MappedName.of(explicit != null ? explicit : entityName + "_" + ids.get(i), naming),
                    where, null, field.file(), field.line(), field.column()));
        }
        boolean isMap = field.type().equals("Map") || field.type().endsWith("Map");
        String element = field.typeArguments().isEmpty() ? field.type()
                : field.typeArguments().get(field.typeArguments().size() - 1);
        if (isMap) {
            String key = field.annotation("MapKeyColumn").flatMap(k -> k.name("name", constants))
                    .orElse(field.name() + "_KEY");
            columns.add(new MappedColumn(MappedName.of(key, naming), where, null, field.file(), field.line(), field.column()));
        }
        SourceClass embeddable = classes.get(element);
        // a value type of the sources, @Embeddable or not; an attribute converter makes it one column
        boolean converted = field.annotations().stream().anyMatch(a -> CONVERTED.contains(a.name()));
        if (embeddable != null && !embeddable.isEntity() && !embeddable.isMappedSuperclass() && !converted) {
            Sink inner = new Sink(sink.entity, name);
            Map<String, String> overrides = new HashMap<>();
            overridesOf(Repeated.of(field.annotations(), "AttributeOverride", "AttributeOverrides"), "", overrides);
            for (SourceClass c : reversed(ancestryOfEmbeddable(embeddable))) {
                for (JavaField f : c.fields()) {
                    attribute(inner, f, "", overrides, null);
                }
            }
            for (MappedColumn c : inner.columns) {
                columns.add(c);
            }
            sink.others.addAll(inner.others);
        } else {
            String value = field.annotation("Column").flatMap(c -> c.name("name", constants)).orElse(field.name());
            String type = enums.contains(element) ? "enum:" + field.annotation("Enumerated")
                    .flatMap(e -> e.symbol("value")).orElse("ORDINAL") : element;
            if (converted) {
                type = null;
            }
            columns.add(new MappedColumn(MappedName.of(value, naming), where, type, field.file(), field.line(), field.column()));
        }
        orderColumn(sink, field, columns);
        sink.others.add(new MappedTable(name, sink.entity.qualifiedName(), "collection table", field.file(),
                field.line(), field.column(), columns, collectionTable.map(this::schemaOf).orElse(null)));
    }
}
