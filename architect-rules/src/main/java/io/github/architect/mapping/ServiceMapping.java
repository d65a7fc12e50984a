package io.github.architect.mapping;

import com.tngtech.archunit.core.domain.PackageMatcher;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The mapping of code to services, first match wins:
 * <ol>
 *   <li>{@code packages} of a service in the yaml block, then packages listed under {@code shared};</li>
 *   <li>{@code modules} of a service in the yaml block, then modules listed under {@code shared};</li>
 *   <li>a module (other than the root project) whose artifactId or directory carries the service's
 *       slug belongs to it whole, and so do the modules nested inside it;</li>
 *   <li>a package segment equal to the slug, singular or plural; the outermost segment wins.</li>
 * </ol>
 * A service the yaml block maps is mapped only by what the block lists. Thread-safe: results are
 * cached per module and package, as a module's classes are looked up one by one.
 */
public final class ServiceMapping implements ServiceMap {

    private final ArchitectureModel model;
    private final Codebase codebase;
    private final List<ServiceSlug> slugs;
    private final Map<Service, List<String>> yamlPackages;
    private final List<String> sharedPackages;
    private final Set<String> sharedModules;
    private final Map<String, List<Service>> servicesBySegment;
    /** Words of multi-word slugs that no other service uses: "catalog" for Product Catalog Service. */
    private final Map<String, Service> serviceByOwnWord;
    private final Map<Service, List<String>> ownWordsByService = new java.util.HashMap<>();
    private final Map<String, Resolution> byModule = new ConcurrentHashMap<>();
    private final Map<PackageKey, Resolution> byPackage = new ConcurrentHashMap<>();
    private volatile CodeInventory inventory;

    private record PackageKey(String artifactId, Path baseDirectory, String packageName) {
    }

    ServiceMapping(ArchitectureModel model, Codebase codebase) {
        this.model = model;
        this.codebase = codebase;
        // a service the yaml block maps explicitly is mapped only that way
        this.slugs = model.services().stream()
                .filter(s -> s.packages().isEmpty() && s.modules().isEmpty())
                .map(ServiceSlug::of).toList();
        Map<Service, List<String>> explicit = new LinkedHashMap<>();
        for (Service service : model.services()) {
            List<String> identifiers = service.packages().stream().map(ServiceMapping::packageIdentifier)
                    .filter(Objects::nonNull).toList();
            if (!identifiers.isEmpty()) {
                explicit.put(service, identifiers);
            }
        }
        this.yamlPackages = explicit;
        Set<String> moduleNames = codebase.modules().stream()
                .flatMap(m -> moduleNames(m).stream()).collect(Collectors.toSet());
        this.sharedModules = model.sharedPackages().stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(moduleNames::contains).collect(Collectors.toUnmodifiableSet());
        this.sharedPackages = model.sharedPackages().stream()
                .filter(s -> !sharedModules.contains(s.trim().toLowerCase(Locale.ROOT)))
                .map(ServiceMapping::packageIdentifier).filter(Objects::nonNull).toList();
        Map<String, List<Service>> segments = new LinkedHashMap<>();
        for (ServiceSlug slug : slugs) {
            for (String segment : slug.packageSegments()) {
                List<Service> owners = segments.computeIfAbsent(segment, s -> new ArrayList<>());
                if (!owners.contains(slug.service())) {
                    owners.add(slug.service());
                }
            }
        }
        this.servicesBySegment = segments;
        // a set per word: a word shared by thousands of services ("node") made list.contains quadratic
        Map<String, Set<Service>> owners = new LinkedHashMap<>();
        for (ServiceSlug slug : slugs) {
            if (slug.words().size() < 2) {
                continue;
            }
            for (String word : slug.words()) {
                for (String form : ServiceSlug.forms(word)) {
                    owners.computeIfAbsent(form, w -> new LinkedHashSet<>()).add(slug.service());
                }
            }
        }
        Map<String, Service> ownWords = new LinkedHashMap<>();
        owners.forEach((word, services) -> {
            if (services.size() == 1 && word.length() >= 3 && !segments.containsKey(word)) {
                ownWords.put(word, services.iterator().next());
            }
        });
        this.serviceByOwnWord = ownWords;
        ownWords.forEach((word, service) -> ownWordsByService.computeIfAbsent(service, s -> new ArrayList<>()).add(word));
    }

    @Override
    public Optional<Service> serviceOf(CodeModule module, String className) {
        return resolve(module, packageOf(className)).owner();
    }

    /** How a package of a module maps, with the rule that decided. {@code module} may be null outside a build. */
    public Resolution resolve(CodeModule module, String packageName) {
        PackageKey key = new PackageKey(module == null ? "" : module.artifactId(),
                module == null ? null : module.baseDirectory(), packageName);
        return byPackage.computeIfAbsent(key, k -> decide(module, packageName));
    }

    private Resolution decide(CodeModule module, String packageName) {
        List<Service> explicit = yamlPackages.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(id -> matches(id, packageName)))
                .map(Map.Entry::getKey).toList();
        if (!explicit.isEmpty()) {
            Service winner = explicit.get(0);
            return new Resolution(winner, "packages " + yamlPackages.get(winner) + " in the yaml block",
                    explicit.subList(1, explicit.size()));
        }
        Optional<String> shared = sharedPackages.stream().filter(id -> matches(id, packageName)).findFirst();
        if (shared.isPresent()) {
            return Resolution.shared("shared package " + shared.get());
        }
        if (module != null) {
            Resolution byModuleRule = moduleResolution(module);
            if (byModuleRule != Resolution.NONE) {
                return byModuleRule;
            }
        }
        return bySegment(packageName);
    }

    private Resolution bySegment(String packageName) {
        List<Service> found = new ArrayList<>();
        String firstSegment = null;
        for (String segment : packageName.toLowerCase(Locale.ROOT).split("\\.")) {
            for (Service service : servicesOfSegment(segment)) {
                if (!found.contains(service)) {
                    found.add(service);
                    if (firstSegment == null) {
                        firstSegment = segment;
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return byOwnWord(packageName);
        }
        return new Resolution(found.get(0), "package segment '" + firstSegment + "'", found.subList(1, found.size()));
    }

    /** Last resort for multi-word services: a segment equal to one of their words no other service has. */
    private Resolution byOwnWord(String packageName) {
        List<Service> found = new ArrayList<>();
        String firstSegment = null;
        for (String segment : packageName.toLowerCase(Locale.ROOT).split("\\.")) {
            Service service = serviceByOwnWord.get(segment);
            if (service != null && !found.contains(service)) {
                found.add(service);
                if (firstSegment == null) {
                    firstSegment = segment;
                }
            }
        }
        if (found.isEmpty()) {
            return Resolution.NONE;
        }
        return new Resolution(found.get(0), "package segment '" + firstSegment + "', a word of " + found.get(0).name(),
                found.subList(1, found.size()));
    }

    /** Services a segment names: "orders", and also "orderservice" or "orders_api" with a generic word at the end. */
    private List<Service> servicesOfSegment(String segment) {
        List<Service> exact = servicesBySegment.getOrDefault(segment, List.of());
        if (!exact.isEmpty()) {
            return exact;
        }
        for (String generic : ServiceSlug.GENERIC_WORDS) {
            if (segment.length() > generic.length() + 1 && segment.endsWith(generic)) {
                String stem = segment.substring(0, segment.length() - generic.length());
                stem = stem.endsWith("_") ? stem.substring(0, stem.length() - 1) : stem;
                List<Service> byStem = servicesBySegment.getOrDefault(stem, List.of());
                if (!byStem.isEmpty()) {
                    return byStem;
                }
            }
        }
        return List.of();
    }

    /** How a module maps as a whole: NONE when its packages decide. */
    @Override
    public Optional<Service> moduleService(CodeModule module) {
        return moduleResolution(module).owner();
    }

    public Resolution moduleResolution(CodeModule module) {
        return byModule.computeIfAbsent(module.artifactId() + "@" + module.baseDirectory(), k -> decideModule(module, true));
    }

    private Resolution decideModule(CodeModule module, boolean inheritFromParent) {
        Set<String> names = moduleNames(module);
        List<Service> listed = model.services().stream()
                .filter(s -> s.modules().stream().anyMatch(m -> names.contains(normalizedPath(m))))
                .toList();
        if (!listed.isEmpty()) {
            return new Resolution(listed.get(0), "modules " + listed.get(0).modules() + " in the yaml block",
                    listed.subList(1, listed.size()));
        }
        if (names.stream().anyMatch(sharedModules::contains)) {
            return Resolution.shared("shared module " + module.artifactId());
        }
        if (isRootProject(module)) {
            // a single-module project's name says what the whole product is, not which service owns it
            return Resolution.NONE;
        }
        Resolution byName = byModuleName(module);
        if (byName != Resolution.NONE || !inheritFromParent) {
            return byName;
        }
        return enclosingModule(module)
                .map(parent -> decideModule(parent, false))
                .filter(r -> r.service() != null)
                .map(r -> new Resolution(r.service(), r.reason() + " (nested module " + module.artifactId() + ")", r.rivals()))
                .orElse(Resolution.NONE);
    }

    private Resolution byModuleName(CodeModule module) {
        int best = 0;
        List<Service> winners = new ArrayList<>();
        String matchedName = null;
        for (String name : List.of(module.artifactId(), module.directoryName())) {
            List<String> words = ServiceSlug.significantWords(name);
            for (ServiceSlug slug : slugs) {
                int score = slug.wordVariants().stream().mapToInt(v -> score(words, v)).max().orElse(0);
                if (score == 0 && words.stream().anyMatch(w -> slug.service().equals(serviceByOwnWord.get(w)))) {
                    score = 5;
                }
                if (score == 0 || score < best) {
                    continue;
                }
                if (score > best) {
                    best = score;
                    winners.clear();
                    matchedName = name;
                }
                if (!winners.contains(slug.service())) {
                    winners.add(slug.service());
                }
            }
        }
        if (winners.isEmpty()) {
            return Resolution.NONE;
        }
        return new Resolution(winners.get(0), "module " + matchedName, winners.subList(1, winners.size()));
    }

    /**
     * 1000 for the same words, else 10 per word of a run of the slug inside the name (shop-orders-service),
     * else 0; a word of a multi-word slug that no other service uses scores 5 (see the caller).
     */
    private static int score(List<String> nameWords, List<String> slugWords) {
        if (nameWords.equals(slugWords)) {
            return 1000;
        }
        return java.util.Collections.indexOfSubList(nameWords, slugWords) >= 0 ? 10 * slugWords.size() : 0;
    }

    private boolean isRootProject(CodeModule module) {
        Path root = codebase.rootDirectory();
        return root != null && module.baseDirectory() != null
                && root.toAbsolutePath().normalize().equals(module.baseDirectory().toAbsolutePath().normalize());
    }

    private Optional<CodeModule> enclosingModule(CodeModule module) {
        Path dir = module.baseDirectory().toAbsolutePath().normalize();
        return codebase.modules().stream()
                .filter(m -> m != module && !isRootProject(m))
                .filter(m -> {
                    Path other = m.baseDirectory().toAbsolutePath().normalize();
                    return !other.equals(dir) && dir.startsWith(other);
                })
                .max(Comparator.comparingInt(m -> m.baseDirectory().toAbsolutePath().normalize().getNameCount()));
    }

    private Set<String> moduleNames(CodeModule module) {
        Set<String> names = new LinkedHashSet<>();
        names.add(module.artifactId().toLowerCase(Locale.ROOT));
        names.add(module.directoryName().toLowerCase(Locale.ROOT));
        Path root = codebase.rootDirectory();
        if (root != null && module.baseDirectory() != null) {
            Path base = module.baseDirectory().toAbsolutePath().normalize();
            Path top = root.toAbsolutePath().normalize();
            if (base.startsWith(top) && !base.equals(top)) {
                names.add(normalizedPath(top.relativize(base).toString()));
            }
        }
        return names;
    }

    private static String normalizedPath(String name) {
        String slashes = name.trim().replace('\\', '/').toLowerCase(Locale.ROOT);
        while (slashes.endsWith("/")) {
            slashes = slashes.substring(0, slashes.length() - 1);
        }
        return slashes.startsWith("./") ? slashes.substring(2) : slashes;
    }

    /** {@code com.acme.orders} means the package and its subpackages, as {@code com.acme.orders..} does. */
    static String packageIdentifier(String written) {
        String id = written.trim();
        if (id.isEmpty()) {
            return null;
        }
        if (!id.contains("..") && !id.contains("*") && !id.contains("(") && !id.contains("[")) {
            id = id + "..";
        }
        try {
            PackageMatcher.of(id);
            return id;
        } catch (IllegalArgumentException notAPackage) {
            return null;
        }
    }

    private static boolean matches(String identifier, String packageName) {
        return PackageMatcher.of(identifier).matches(packageName);
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** The packages and modules of the build, scanned once on first use. */
    public CodeInventory inventory() {
        CodeInventory scanned = inventory;
        if (scanned == null) {
            synchronized (this) {
                scanned = inventory;
                if (scanned == null) {
                    scanned = CodeInventory.scan(codebase);
                    inventory = scanned;
                }
            }
        }
        return scanned;
    }

    /** Declared services that no module and no package of the build maps to. */
    public List<Service> servicesWithoutCode() {
        Set<Service> mapped = new LinkedHashSet<>();
        for (CodeModule module : codebase.modules()) {
            moduleResolution(module).owner().ifPresent(mapped::add);
        }
        CodeInventory code = inventory();
        for (CodeModule module : code.modules()) {
            for (String packageName : code.packagesOf(module)) {
                resolve(module, packageName).owner().ifPresent(mapped::add);
            }
        }
        return model.services().stream().filter(s -> !mapped.contains(s)).toList();
    }

    /** Code that two services claim at the same rule, each reported once (per module or per package). */
    public List<MappingConflict> conflicts() {
        List<MappingConflict> conflicts = new ArrayList<>();
        CodeInventory code = inventory();
        for (CodeModule module : codebase.modules()) {
            Resolution whole = moduleResolution(module);
            if (whole.isAmbiguous()) {
                conflicts.add(new MappingConflict(module, null, claimants(whole), whole.reason()));
            }
            for (String packageName : code.packagesOf(module)) {
                Resolution resolution = resolve(module, packageName);
                if (resolution.isAmbiguous() && resolution != whole) {
                    conflicts.add(new MappingConflict(module, packageName, claimants(resolution), resolution.reason()));
                }
            }
        }
        return conflicts;
    }

    private static List<Service> claimants(Resolution resolution) {
        List<Service> all = new ArrayList<>();
        all.add(resolution.service());
        all.addAll(resolution.rivals());
        return all;
    }

    /** Where the mapping looked for a service's code, for "service without code" findings. */
    public String whereLooked(Service service) {
        ServiceSlug slug = ServiceSlug.of(service);
        List<String> places = new ArrayList<>();
        if (!service.packages().isEmpty()) {
            places.add("packages matching " + String.join(", ", service.packages()) + " (yaml block)");
        }
        if (!service.modules().isEmpty()) {
            places.add("modules named " + String.join(", ", service.modules()) + " (yaml block)");
        }
        if (slug.spellable()) {
            places.add("modules named " + String.join(" or ", slug.moduleNames()) + " or with '" + slug.slug()
                    + "' in their name");
            places.add("packages with a segment " + String.join(" or ", slug.packageSegments()));
        } else if (places.isEmpty()) {
            places.add("nowhere by name: \"" + service.name() + "\" has no letter or digit a module or package"
                    + " could carry, so only modules or packages given in the yaml block map it");
        }
        List<String> ownWords = ownWordsByService.getOrDefault(service, List.of());
        if (!ownWords.isEmpty()) {
            places.add("then modules and packages named " + String.join(" or ", ownWords));
        }
        CodeInventory code = inventory();
        String modules = code.modules().stream().map(CodeModule::artifactId).collect(Collectors.joining(", "));
        return String.join("; ", places) + " — among " + code.modules().size() + " module"
                + (code.modules().size() == 1 ? "" : "s") + (modules.isEmpty() ? "" : " (" + modules + ")")
                + " and " + code.packageCount() + " package" + (code.packageCount() == 1 ? "" : "s");
    }

    @Override
    public List<String> describe() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (Service service : model.services()) {
            lines.put(service.name(), new ArrayList<>());
        }
        List<String> unowned = new ArrayList<>();
        CodeInventory code = inventory();
        for (CodeModule module : code.modules()) {
            Map<String, List<String>> packagesByReason = new LinkedHashMap<>();
            Map<String, Service> serviceByReason = new LinkedHashMap<>();
            for (String packageName : code.packagesOf(module)) {
                Resolution r = resolve(module, packageName);
                String key = (r.service() == null ? "" : r.service().name()) + "|" + r.reason();
                packagesByReason.computeIfAbsent(key, k -> new ArrayList<>()).add(packageName.isEmpty() ? "(default)" : packageName);
                serviceByReason.put(key, r.service());
            }
            packagesByReason.forEach((key, packages) -> {
                Service owner = serviceByReason.get(key);
                String reason = key.substring(key.indexOf('|') + 1);
                String line = module.artifactId() + ": " + String.join(", ", packages) + " [" + reason + "]";
                if (owner == null) {
                    unowned.add(line);
                } else {
                    lines.get(owner.name()).add(line);
                }
            });
        }
        List<String> description = new ArrayList<>();
        lines.forEach((service, mapped) -> description.add(service + " <- "
                + (mapped.isEmpty() ? "no code" : String.join("; ", mapped))));
        if (!unowned.isEmpty()) {
            description.add("no service (usable by all) <- " + String.join("; ", unowned));
        }
        return description;
    }
}
