package io.github.architect.doc;

import io.github.architect.model.Service;
import io.github.architect.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which service owns each table: the yaml block's {@code tables} first (it wins), then what
 * section 5 says next to the statement (a comment or the enclosing sub-heading), then the
 * "Owns data" entries of section 3.
 */
final class TableOwnership {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)?");

    private TableOwnership() {
    }

    static List<Table> assign(List<Table> tables, List<Service> services, ArchitectBlock block) {
        ServiceNames names = new ServiceNames(services);
        List<Table> result = new ArrayList<>();
        for (Table table : tables) {
            String owner = fromBlock(table, block, names);
            if (owner == null) {
                owner = table.owner();
            }
            if (owner == null) {
                owner = services.stream().filter(s -> s.ownedTables().stream().anyMatch(t -> sameTable(t, table)))
                        .map(Service::name).findFirst().orElse(null);
            }
            result.add(owner == null || owner.equals(table.owner()) ? table
                    : new Table(table.schema(), table.name(), table.columns(), table.primaryKey(), table.foreignKeys(),
                    table.indexes(), owner, table.position()));
        }
        return result;
    }

    private static String fromBlock(Table table, ArchitectBlock block, ServiceNames names) {
        for (ArchitectBlock.Entry entry : block.entries()) {
            if (entry.tables().stream().anyMatch(t -> sameTable(t, table))) {
                Optional<Service> service = names.resolve(entry.name());
                return service.map(Service::name).orElse(entry.name());
            }
        }
        return null;
    }

    static boolean sameTable(String written, Table table) {
        String name = tableName(written);
        return name.equalsIgnoreCase(table.name()) || name.equalsIgnoreCase(table.qualifiedName());
    }

    /** "`orders` (order headers)" is the table "orders". */
    static String tableName(String written) {
        Matcher matcher = IDENTIFIER.matcher(written.replaceAll("[`\"*_]{2,}|[`\"*]", ""));
        return matcher.find() ? matcher.group() : "";
    }
}
