package io.github.architect.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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

    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern ACRONYM_END = Pattern.compile("(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Pattern SERVICE_SUFFIX = Pattern.compile("\\s*\\bservice$");

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
        String spaced = ACRONYM_END.matcher(CAMEL_HUMP.matcher(serviceName.trim()).replaceAll(" ")).replaceAll(" ");
        String folded = SEPARATORS.matcher(spaced.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String withoutSuffix = SERVICE_SUFFIX.matcher(folded).replaceAll("").trim();
        return withoutSuffix.isEmpty() ? folded : withoutSuffix;
    }

    /** True when {@code otherName} names this service, by name or id. */
    public boolean isNamed(String otherName) {
        return key().equals(keyOf(otherName)) || (id != null && id.equalsIgnoreCase(otherName.trim()));
    }
}
