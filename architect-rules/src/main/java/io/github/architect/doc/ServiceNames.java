package io.github.architect.doc;

import io.github.architect.model.Service;

import java.util.List;
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
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[A-Za-z][.)])\\s+");

    private final List<Service> services;

    ServiceNames(List<Service> services) {
        this.services = List.copyOf(services);
    }

    /** The service this text is the name of, allowing trailing words like "API" or "Service". */
    Optional<Service> resolve(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        for (Service service : services) {
            if (service.isNamed(cleaned)) {
                return Optional.of(service);
            }
        }
        String key = Service.keyOf(cleaned);
        String[] words = key.split(" ");
        int end = words.length;
        while (end > 1 && SUFFIXES.contains(words[end - 1])) {
            end--;
            String shorter = String.join(" ", java.util.Arrays.copyOf(words, end));
            for (Service service : services) {
                if (service.key().equals(shorter)) {
                    return Optional.of(service);
                }
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
        String spaced = " " + clean(text).replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
        Service best = null;
        int bestLength = 0;
        for (Service service : services) {
            String key = service.key();
            boolean named = spaced.contains(" " + key + " service ") || spaced.contains(" " + key + " svc ")
                    || (service.id() != null && spaced.contains(" " + Service.keyOf(service.id()) + " ") && service.id().length() > 2);
            if (!named && key.contains(" ") && key.length() > 6) {
                named = spaced.contains(" " + key + " ");
            }
            if (named && key.length() > bestLength) {
                best = service;
                bestLength = key.length();
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
        return lower.matches(".*(service|svc)s?\\b.*") || text.matches(".*[a-z]Service\\b.*");
    }
}
