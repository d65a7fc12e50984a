package io.github.architect.schema;

import io.github.architect.sql.Identifier;
import io.github.architect.check.Location;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Column;
import io.github.architect.model.Service;
import io.github.architect.model.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Lookups over the tables, collections and owners section 5 declares. */
final class DeclaredSchema {

    private final ArchitectureModel model;
    /** Declared tables by lower-case name, so that lookups stay cheap with thousands of tables. */
    private final Map<String, List<Table>> byName = new HashMap<>();

    DeclaredSchema(ArchitectureModel model) {
        this.model = model;
        for (Table table : model.tables()) {
            byName.computeIfAbsent(table.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(table);
        }
    }

    boolean declaresTables() {
        return !model.tables().isEmpty();
    }

    /**
     * The declarations of a name: every table of that name in section 5 whose schema does not say
     * otherwise (a side without schema matches any), in document order.
     */
    List<Table> tables(Identifier name, Identifier schema) {
        return byName.getOrDefault(name.text().toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(t -> name.matches(t.name()) && Identifier.sameSchema(schema, schemaOf(t))).toList();
    }

    /** As {@link #tables(Identifier, Identifier)}, for the first candidate name that section 5 declares. */
    List<Table> tables(MappedName name, Identifier schema) {
        for (Identifier candidate : name.candidates()) {
            List<Table> found = tables(candidate, schema);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * The declarations an entity or migration of {@code user} is checked against: those the service owns
     * when it declares the name itself (a database per service), else every declaration of the name.
     */
    List<Table> targets(MappedName name, Identifier schema, Optional<Service> user) {
        List<Table> all = tables(name, schema);
        if (user.isPresent() && all.size() > 1) {
            List<Table> own = all.stream().filter(t -> ownedBy(t, user.get())).toList();
            if (!own.isEmpty()) {
                return own;
            }
        }
        return all;
    }

    /** A declaration of the same name in another schema than {@code schema}: what a message names besides it. */
    Optional<Table> inOtherSchema(MappedName name, Identifier schema) {
        if (schema == null) {
            return Optional.empty();
        }
        return name.candidates().stream()
                .flatMap(c -> byName.getOrDefault(c.text().toLowerCase(Locale.ROOT), List.of()).stream()
                        .filter(t -> c.matches(t.name()) && !Identifier.sameSchema(schema, schemaOf(t))))
                .findFirst();
    }

    /** Whether another declaration has the same name (and a schema that does not tell them apart). */
    boolean declaredMoreThanOnce(Table table) {
        return tables(Identifier.parse(table.name()), schemaOf(table)).size() > 1;
    }

    Optional<Column> column(Table table, MappedName name) {
        return table.columns().stream().filter(c -> name.matches(Identifier.parse(c.name()).text())).findFirst();
    }

    Optional<Column> column(Table table, Identifier name) {
        return table.columns().stream().filter(c -> name.matches(Identifier.parse(c.name()).text())).findFirst();
    }

    /** The service a declaration names as its owner, if the document declares that service. */
    Optional<Service> ownerOf(Table table) {
        if (table.owner() == null || table.owner().isBlank()) {
            return Optional.empty();
        }
        return model.service(table.owner());
    }

    boolean ownedBy(Table table, Service service) {
        return ownerOf(table).map(o -> o.key().equals(service.key())).orElse(false);
    }

    /**
     * The service owning a table {@code user} touches, when that is another service: empty when one of the
     * name's declarations belongs to {@code user}. A declaration's owner decides; for a name section 5
     * declares without owner (or not at all), a service listing it under "Owns data".
     */
    Optional<Service> foreignOwner(Identifier tableName, Identifier schema, Service user) {
        List<Service> owners = tables(tableName, schema).stream().map(this::ownerOf).flatMap(Optional::stream).toList();
        if (owners.isEmpty()) {
            owners = model.services().stream()
                    .filter(s -> s.ownedTables().stream().anyMatch(owned -> Identifier.lastPartOf(owned).matches(tableName)))
                    .toList();
        }
        if (owners.stream().anyMatch(o -> o.key().equals(user.key()))) {
            return Optional.empty();
        }
        return owners.stream().findFirst();
    }

    Optional<Service> foreignOwner(MappedName name, Identifier schema, Service user) {
        for (Identifier candidate : name.candidates()) {
            boolean known = !tables(candidate, schema).isEmpty() || model.services().stream()
                    .anyMatch(s -> s.ownedTables().stream().anyMatch(owned -> Identifier.lastPartOf(owned).matches(candidate)));
            if (known) {
                return foreignOwner(candidate, schema, user);
            }
        }
        return Optional.empty();
    }

    /** The declaration of a table {@code owner} owns, else the first of the name: where a foreign-table finding points. */
    Optional<Table> declarationOf(Identifier tableName, Identifier schema, Service owner) {
        List<Table> all = tables(tableName, schema);
        return all.stream().filter(t -> ownedBy(t, owner)).findFirst().or(() -> all.stream().findFirst());
    }

    static Identifier schemaOf(Table table) {
        return table.schema() == null || table.schema().isBlank() ? null : new Identifier(table.schema(), false);
    }

    Path document() {
        return model.document() == null ? Path.of("architecture.md") : model.document();
    }

    Location location(Table table) {
        return Location.of(document(), table.position());
    }

    Location location(Column column) {
        return Location.of(document(), column.position());
    }

    boolean declaresCollections() {
        return !model.collections().isEmpty();
    }

    boolean declaresCollection(String name) {
        return model.collections().stream().anyMatch(c -> c.name().equals(name) || c.name().equalsIgnoreCase(name));
    }

    String tableList() {
        return String.join(", ", model.tables().stream().map(Table::qualifiedName).distinct().limit(12).toList())
                + (model.tables().size() > 12 ? ", ..." : "");
    }

    String collectionList() {
        return String.join(", ", model.collections().stream().map(io.github.architect.model.NoSqlCollection::name).toList());
    }
}
