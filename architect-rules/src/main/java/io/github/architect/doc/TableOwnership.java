package io.github.architect.doc;

import io.github.architect.model.Service;
import io.github.architect.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, String> ownsData = new HashMap<>();
        for (Service service : services) {
            for (String owned : service.ownedTables()) {
                ownsData.putIfAbsent(tableName(owned).toLowerCase(Locale.ROOT), service.name());
            }
        }
        List<Table> result = new ArrayList<>();
        for (Table table : tables) {
            String owner = block.entries().isEmpty() ? null : fromBlock(table, block, names);
            if (owner == null) {
                owner = table.owner();
            }
            if (owner == null) {
                owner = ownsData.get(table.qualifiedName().toLowerCase(Locale.ROOT));
            }
            if (owner == null) {
                owner = ownsData.get(table.name().toLowerCase(Locale.ROOT));
            }
            result.add(owner == null || owner.equals(table.owner()) ? table
                    : new Table(table.schema(), table.name(), table.columns(), table.primaryKey(), table.foreignKeys(),
                    table.indexes(), owner, table.position()));
        }
        return result;
    }

    /**
     * The service whose {@code tables} list the table; when several do (a database per service), the one
     * the statement's comment or heading names, so that each declaration keeps its own service.
     */
    private static String fromBlock(Table table, ArchitectBlock block, ServiceNames names) {
        List<String> listing = new ArrayList<>();
        for (ArchitectBlock.Entry entry : block.entries()) {
            if (entry.tables().stream().anyMatch(t -> sameTable(t, table))) {
                Optional<Service> service = names.resolve(entry.name());
                listing.add(service.map(Service::name).orElse(entry.name()));
            }
        }
        if (listing.size() > 1 && table.owner() != null && listing.contains(table.owner())) {
            return table.owner();
        }
        return listing.isEmpty() ? null : listing.get(0);
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
