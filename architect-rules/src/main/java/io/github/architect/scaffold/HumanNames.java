package io.github.architect.scaffold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a person would give the services: the words of module or package names without the prefix
 * every one of them shares ("API Gateway" from {@code acme-platform-api-gateway} beside
 * {@code acme-platform-orders}), acronyms in capitals.
 */
final class HumanNames {

    private static final Set<String> ACRONYMS = Set.of("api", "ui", "bff", "db", "id", "sql", "http", "rest", "io",
            "ai", "ml", "crm", "erp", "sms", "jwt", "sso", "iam", "cdn", "etl", "pdf", "csv", "xml", "json", "aws",
            "gcp", "b2b", "b2c", "kyc", "iot", "url", "dns", "ldap", "saml", "otp", "mq", "cms", "pim", "oms", "wms");
    private static final Map<String, String> SPELLED = Map.of("grpc", "gRPC", "graphql", "GraphQL", "oauth", "OAuth");

    private HumanNames() {
    }

    /** Each raw name (artifactId or package segment) to its human name, in the order given. */
    static Map<String, String> of(List<String> rawNames) {
        List<List<String>> words = rawNames.stream().map(HumanNames::words).toList();
        int prefix = rawNames.size() < 2 ? 0 : commonPrefix(words);
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < rawNames.size(); i++) {
            List<String> own = words.get(i).subList(prefix, words.get(i).size());
            String name = String.join(" ", own.stream().map(HumanNames::spell).toList());
            names.put(rawNames.get(i), name.isEmpty() ? rawNames.get(i) : name);
        }
        return names;
    }

    /** How many leading words all names share, leaving each at least one of its own. */
    private static int commonPrefix(List<List<String>> words) {
        int shortest = words.stream().mapToInt(List::size).min().orElse(0);
        int prefix = 0;
        while (prefix < shortest - 1) {
            String word = words.get(0).get(prefix);
            int at = prefix;
            if (!words.stream().allMatch(w -> w.get(at).equals(word))) {
                break;
            }
            prefix++;
        }
        return prefix;
    }

    static List<String> words(String raw) {
        String spaced = raw.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String word : spaced.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String spell(String word) {
        if (ACRONYMS.contains(word)) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (SPELLED.containsKey(word)) {
            return SPELLED.get(word);
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
