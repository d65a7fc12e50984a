package io.github.architect.doc;

import io.github.architect.model.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds which declared service a piece of prose names: "Inventory", "inventory-service",
 * "Order Service API", "owned by the Ledger Service".
 */
final class ServiceNames {

    /** Words that may follow a service's name without changing what it names. */
    private static final Set<String> SUFFIXES = Set.of("service", "services", "api", "apis", "endpoints", "endpoint",
            "contracts", "contract", "rest", "http", "client", "tables", "table", "data", "schema", "schemas",
            "database", "db", "module", "component", "server", "svc", "interface", "routes");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SERVICE_WORD = Pattern.compile(".*(service|svc)s?\\b.*");
    private static final Pattern CAMEL_SERVICE = Pattern.compile(".*[a-z]Service\\b.*");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[A-Za-z][.)])\\s+");

    /** A service with its comparison key computed once: name lookups run for every line that could name one. */
    private record Named(Service service, String key, String id, List<String> needles) {
    }

    private final List<Named> services;
    private final Map<String, Service> byKey = new HashMap<>();
    private final Map<String, Service> byId = new HashMap<>();

    ServiceNames(List<Service> services) {
        List<Named> named = new ArrayList<>();
        for (Service service : services) {
            String key = service.key();
            String id = service.id() == null ? null : service.id().trim().toLowerCase(Locale.ROOT);
            List<String> needles = new ArrayList<>(List.of(" " + key + " service ", " " + key + " svc "));
            if (id != null && id.length() > 2) {
                needles.add(" " + id.replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ");
            }
            if (key.contains(" ") && key.length() > 6) {
                needles.add(" " + key + " ");
            }
            named.add(new Named(service, key, id, List.copyOf(needles)));
            byKey.putIfAbsent(key, service);
            if (id != null) {
                byId.putIfAbsent(id, service);
            }
        }
        this.services = List.copyOf(named);
    }

    /** The service this text is the name of, allowing trailing words like "API" or "Service". */
    Optional<Service> resolve(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty() || services.isEmpty()) {
            return Optional.empty();
        }
        Service byIdMatch = byId.get(cleaned.toLowerCase(Locale.ROOT));
        if (byIdMatch != null) {
            return Optional.of(byIdMatch);
        }
        String key = Service.keyOf(cleaned);
        Service exact = byKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String[] words = key.split(" ");
        int end = words.length;
        while (end > 1 && SUFFIXES.contains(words[end - 1])) {
            end--;
            Service shorter = byKey.get(String.join(" ", Arrays.copyOf(words, end)));
            if (shorter != null) {
                return Optional.of(shorter);
            }
        }
        return Optional.empty();
    }

    /**
     * The service a longer text mentions by its full name ("owned by the Ledger Service") or
     * its id, or that the whole text names; the longest name wins.
     */
    Optional<Service> mentioned(String text) {
        Optional<Service> exact = resolve(text);
        if (exact.isPresent()) {
            return exact;
        }
        String spaced = " " + NOT_LETTERS.matcher(CAMEL_HUMP.matcher(clean(text)).replaceAll(" ").toLowerCase(Locale.ROOT))
                .replaceAll(" ").trim() + " ";
        Service best = null;
        int bestLength = 0;
        for (Named named : services) {
            if (named.key().length() > bestLength && named.needles().stream().anyMatch(spaced::contains)) {
                best = named.service();
                bestLength = named.key().length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Markdown and numbering removed: "3.1 **Ledger Service**" becomes "Ledger Service". */
    static String clean(String text) {
        String withoutMarkup = Markup.strip(text).replace('\u00a0', ' ').trim();
        return LEADING_NUMBER.matcher(withoutMarkup).replaceFirst("").trim();
    }

    /** True when a name says it is a service ("Billing Service", "billing-svc", "BillingService"). */
    static boolean looksLikeService(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return SERVICE_WORD.matcher(lower).matches() || CAMEL_SERVICE.matcher(text).matches();
    }
}
