package io.github.architect.schema;

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

    Optional<Table> table(MappedName name) {
        for (Identifier candidate : name.candidates()) {
            Optional<Table> found = table(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    Optional<Table> table(Identifier name) {
        return byName.getOrDefault(name.text().toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(t -> name.matches(t.name())).findFirst();
    }

    Optional<Column> column(Table table, MappedName name) {
        return table.columns().stream().filter(c -> name.matches(Identifier.parse(c.name()).text())).findFirst();
    }

    Optional<Column> column(Table table, Identifier name) {
        return table.columns().stream().filter(c -> name.matches(Identifier.parse(c.name()).text())).findFirst();
    }

    /** The service owning a table: the table's owner, or a service listing it under "Owns data". */
    Optional<Service> owner(Identifier tableName) {
        Optional<Table> declared = table(tableName);
        if (declared.isPresent() && declared.get().owner() != null && !declared.get().owner().isBlank()) {
            Optional<Service> named = model.service(declared.get().owner());
            if (named.isPresent()) {
                return named;
            }
        }
        return model.services().stream()
                .filter(s -> s.ownedTables().stream().anyMatch(owned -> Identifier.lastPartOf(owned).matches(tableName)))
                .findFirst();
    }

    Optional<Service> owner(MappedName name) {
        for (Identifier candidate : name.candidates()) {
            Optional<Service> owner = owner(candidate);
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
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
        return String.join(", ", model.tables().stream().map(Table::name).limit(12).toList())
                + (model.tables().size() > 12 ? ", ..." : "");
    }

    String collectionList() {
        return String.join(", ", model.collections().stream().map(io.github.architect.model.Collection::name).toList());
    }
}
