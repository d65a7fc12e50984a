package io.github.architect.model;

import java.util.List;
import java.util.Locale;

/**
 * A service declared in section 3 (or in the {@code yaml architect} block).
 *
 * @param name      the name as written, e.g. "Order Service"
 * @param id        an explicit backticked id or yaml key, or null
 * @param packages  ArchUnit package identifiers from the yaml block ({@code com.acme.orders..}), empty if none
 * @param modules   Maven artifactIds or directory names from the yaml block, empty if none
 * @param ownedTables table names this service owns, from "Owns data" entries or the yaml block
 */
public record Service(String name, String id, Position position,
                      List<String> packages, List<String> modules, List<String> ownedTables) {

    public Service {
        packages = List.copyOf(packages);
        modules = List.copyOf(modules);
        ownedTables = List.copyOf(ownedTables);
    }

    public Service(String name, Position position) {
        this(name, null, position, List.of(), List.of(), List.of());
    }

    /**
     * The name used to compare services: lower case, single spaces, without a trailing "service".
     * "Order Service", "order service", "OrderService", "order-service" and "Order" all share the key "order".
     */
    public String key() {
        return keyOf(name);
    }

    public static String keyOf(String serviceName) {
        // "OrderService" and "order-service" name what "Order Service" names
        String spaced = serviceName.trim()
                .replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ")
                .replaceAll("(?<=[A-Z])(?=[A-Z][a-z])", " ");
        String folded = spaced.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        String withoutSuffix = folded.replaceAll("\\s*\\bservice$", "").trim();
        return withoutSuffix.isEmpty() ? folded : withoutSuffix;
    }

    /** True when {@code otherName} names this service, by name or id. */
    public boolean isNamed(String otherName) {
        return key().equals(keyOf(otherName)) || (id != null && id.equalsIgnoreCase(otherName.trim()));
    }
}
