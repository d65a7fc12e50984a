package io.github.architect.mapping;

import io.github.architect.model.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that identify a service in module and package names: "Order Service" -> [order],
 * "User Management Service" -> [user, management], "Сервис уведомлений" -> [сервис, уведомлений].
 * Generic words (service, api, app...) are dropped because every module and half the packages carry
 * them. Words are letters and digits of any script; English singular and plural forms are tried for
 * ASCII words only.
 *
 * @param service the declared service
 * @param words   the identifying words, lower case; empty when the name has no letter or digit
 *                ("~~"), and then no module or package name can spell the service
 */
record ServiceSlug(Service service, List<String> words) {

    private static final Pattern CAMEL_HUMP = Pattern.compile("([\\p{Ll}\\p{N}])(\\p{Lu})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ASCII_WORD = Pattern.compile("[a-z0-9]+");

    static final Set<String> GENERIC_WORDS = Set.of("service", "services", "svc", "api", "apis",
            "microservice", "microservices", "module", "modules", "server", "app", "apps");

    ServiceSlug {
        words = List.copyOf(words);
    }

    static ServiceSlug of(Service service) {
        return new ServiceSlug(service, significantWords(service.name()));
    }

    /** Lower-case words of a name, split at separators and camel case, generic words dropped unless nothing else is left. */
    static List<String> significantWords(String name) {
        List<String> all = words(name);
        List<String> significant = all.stream().filter(w -> !GENERIC_WORDS.contains(w)).toList();
        return significant.isEmpty() ? all : significant;
    }

    static List<String> words(String name) {
        String spaced = CAMEL_HUMP.matcher(name).replaceAll("$1 $2");
        return Arrays.stream(NOT_WORD.split(spaced.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** False for a name without a letter or digit: only the yaml block's modules and packages can map it. */
    boolean spellable() {
        return !words.isEmpty();
    }

    /** "order-service" style slug used in messages. */
    String slug() {
        return String.join("-", words);
    }

    /** The word lists a module name may carry: the slug with its last word singular or plural; none without words. */
    List<List<String>> wordVariants() {
        List<List<String>> variants = new ArrayList<>();
        if (words.isEmpty()) {
            return variants;
        }
        String last = words.get(words.size() - 1);
        for (String form : forms(last)) {
            List<String> variant = new ArrayList<>(words.subList(0, words.size() - 1));
            variant.add(form);
            if (!variants.contains(variant)) {
                variants.add(List.copyOf(variant));
            }
        }
        return variants;
    }

    /** Package segments naming the service: joined without separator or with '_', singular or plural. */
    Set<String> packageSegments() {
        Set<String> segments = new LinkedHashSet<>();
        for (List<String> variant : wordVariants()) {
            segments.add(String.join("", variant));
            segments.add(String.join("_", variant));
        }
        return segments;
    }

    /** Module names the service would own exactly, for "where it looked" messages. */
    Set<String> moduleNames() {
        Set<String> names = new LinkedHashSet<>();
        for (List<String> variant : wordVariants()) {
            names.add(String.join("-", variant) + "-service");
            names.add(String.join("-", variant));
        }
        return names;
    }

    /** The word itself, then its plural or singular: order/orders, inventory/inventories; other scripts as written. */
    static List<String> forms(String word) {
        if (!ASCII_WORD.matcher(word).matches()) {
            return List.of(word);
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(plural(word));
        singular(word).ifPresent(forms::add);
        return List.copyOf(forms);
    }

    private static String plural(String word) {
        if (word.endsWith("y") && word.length() > 1 && !isVowel(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    private static java.util.Optional<String> singular(String word) {
        if (word.length() > 3 && word.endsWith("ies")) {
            return java.util.Optional.of(word.substring(0, word.length() - 3) + "y");
        }
        if (word.length() > 3 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches")
                || word.endsWith("shes") || word.endsWith("zes"))) {
            return java.util.Optional.of(word.substring(0, word.length() - 2));
        }
        if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss")) {
            return java.util.Optional.of(word.substring(0, word.length() - 1));
        }
        return java.util.Optional.empty();
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
