package io.github.architect.boundaries;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.mapping.CodeInventory;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import io.github.architect.check.ServiceEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundary check sends only the classes whose constant pools name a service they may not use
 * through ArchUnit, and finds exactly what analysing every class finds: same file, line and message
 * for every kind of dependency, same used service pairs.
 */
class BoundaryPrePassTest {

    @TempDir
    static Path root;

    private static CodeModule module;
    private static ArchitectureModel model;
    private static Codebase codebase;
    private static final List<String> debug = new ArrayList<>();
    private static List<Violation> findings;
    private static Set<ServiceEdge> edges;

    @BeforeAll
    static void compileAndCheck() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("com.shop.catalog.Product", "package com.shop.catalog;\npublic class Product { public static String describe() { return \"\"; } }\n");
        sources.put("com.shop.catalog.Sku", "package com.shop.catalog;\npublic class Sku { }\n");
        sources.put("com.shop.catalog.Limits", """
                package com.shop.catalog;
                public final class Limits {
                    public static final int MAX_ITEMS = 42;
                }
                """);
        sources.put("com.shop.catalog.Tag", """
                package com.shop.catalog;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.CLASS)
                public @interface Tag { }
                """);
        sources.put("com.shop.catalog.UsesOrders", """
                package com.shop.catalog;
                public class UsesOrders {
                    java.util.List<com.shop.orders.Plain0> plain;
                }
                """);
        sources.put("com.shop.payments.Payment", "package com.shop.payments;\npublic class Payment { public static void charge() { } }\n");
        sources.put("com.shop.common.Money", "package com.shop.common;\npublic class Money { }\n");
        for (int i = 0; i < 30; i++) {
            sources.put("com.shop.orders.Plain" + i, """
                    package com.shop.orders;
                    public class Plain%d {
                        com.shop.common.Money money;
                        void pay() { com.shop.payments.Payment.charge(); }
                    }
                    """.formatted(i));
        }
        sources.put("com.shop.orders.GenericOnly", """
                package com.shop.orders;
                import java.util.List;
                public class GenericOnly {
                    private List<com.shop.catalog.Product> products;
                }
                """);
        sources.put("com.shop.orders.AnnotationOnly", """
                package com.shop.orders;

                @com.shop.catalog.Tag
                public class AnnotationOnly {
                }
                """);
        sources.put("com.shop.orders.FullyQualified", """
                package com.shop.orders;
                public class FullyQualified {
                    String name() {
                        return com.shop.catalog.Product.describe();
                    }
                }
                """);
        sources.put("com.shop.orders.InlinedConstant", """
                package com.shop.orders;
                import com.shop.catalog.Limits;
                public class InlinedConstant {
                    int max() {
                        return Limits.MAX_ITEMS;
                    }
                }
                """);
        sources.put("com.shop.orders.Anonymous", """
                package com.shop.orders;
                public class Anonymous {
                    Runnable task() {
                        return new Runnable() {
                            public void run() {
                                new com.shop.catalog.Sku();
                            }
                        };
                    }
                }
                """);
        JavaFixtures.compile(root, sources);
        module = CodeModule.conventional("shop", root);
        model = ArchitectureModel.builder(root.resolve("architecture.md"))
                .services(List.of(new Service("Order Service", Position.of(10, 5)),
                        new Service("Catalog Service", Position.of(14, 5)), new Service("Payment Service", Position.of(18, 5))))
                .dependencies(List.of(new Dependency("Order Service", "Payment Service", Position.of(30, 3)))).build();
        codebase = Codebase.of(root, module);
        CheckContext context = new CheckContext(model, codebase, ServiceMapper.map(model, codebase), Map.of(),
                io.github.architect.cache.ScanCache.disabled(), debug::add);
        findings = new ServiceBoundariesCheck().checkModule(context, module);
        edges = ServiceBoundariesCheck.usedServiceEdges(context, module);
    }

    private static List<String> fileLineMessage(List<Violation> violations) {
        return violations.stream().filter(v -> v.ruleId().equals("undeclared-dependency"))
                .map(v -> v.location().file().getFileName() + ":" + v.location().line() + " " + v.message())
                .toList();
    }

    private static List<String> at(String simpleName) {
        return fileLineMessage(findings).stream().filter(f -> f.startsWith(simpleName + ".java:")).toList();
    }

    @Test
    void onlyTheClassesThatNameAnUndeclaredServiceAreImported() {
        // GenericOnly, AnnotationOnly, FullyQualified, Anonymous with Anonymous$1, UsesOrders, and
        // InlinedConstant, whose pool keeps a class entry for Limits (ArchUnit then finds nothing);
        // not the 30 classes using only declared and shared code
        assertThat(debug).contains("boundaries of shop: 7 of 43 classes imported by ArchUnit,"
                + " the rest name no service they may not use");
    }

    @Test
    void usedPairsReachedByACallNeedNoArchUnitImport() {
        // Order -> Payment (Plain*: a static call) and Order -> Catalog (FullyQualified: a static call)
        // are used without ArchUnit; Catalog -> Order is named only as a generic argument (UsesOrders)
        assertThat(debug).contains("used service pairs of shop: 2 shown by calls or inheritance, 1 left for ArchUnit to confirm");
    }

    @Test
    void eachKindOfDependencyIsFoundAtItsLine() {
        assertThat(at("GenericOnly")).singleElement().asString().startsWith("GenericOnly.java:4 Order Service uses Catalog Service")
                .contains("com.shop.orders.GenericOnly -> com.shop.catalog.Product");
        assertThat(at("AnnotationOnly")).singleElement().asString().startsWith("AnnotationOnly.java:4 ")
                .contains("com.shop.catalog.Tag");
        assertThat(at("FullyQualified")).singleElement().asString().startsWith("FullyQualified.java:4 ")
                .contains("describe()");
        assertThat(at("Anonymous")).singleElement().asString().startsWith("Anonymous.java:6 ")
                .contains("com.shop.orders.Anonymous$1 -> com.shop.catalog.Sku");
        assertThat(at("UsesOrders")).singleElement().asString().startsWith("UsesOrders.java:3 Catalog Service uses Order Service");
    }

    @Test
    void aConstantInlinedByJavacIsNoDependency() {
        assertThat(at("InlinedConstant")).isEmpty();
    }

    @Test
    void findingsAndUsedPairsAreThoseOfAnalysingEveryClass() {
        ServiceMapping mapping = ServiceMapper.map(model, codebase);
        assertThat(fileLineMessage(findings)).isEqualTo(everyClassAnalysed(mapping));
        assertThat(edges).containsExactly(new ServiceEdge("Catalog Service", "Order Service"),
                new ServiceEdge("Order Service", "Catalog Service"), new ServiceEdge("Order Service", "Payment Service"));
    }

    /** What the check found before its first pass: ArchUnit's import of every class, each one analysed. */
    private static List<String> everyClassAnalysed(ServiceMapping mapping) {
        JavaClasses classes = ModuleClasses.importClasses(module);
        CodeInventory inventory = mapping.inventory();
        DeclaredDependencies declared = new DeclaredDependencies(model);
        BoundaryAnalyzer analyzer = new BoundaryAnalyzer(declared,
                origin -> mapping.serviceOf(module, origin.getName()),
                target -> (classes.contain(target.getName()) ? Optional.of(module) : inventory.moduleOf(target.getName()))
                        .flatMap(owner -> mapping.serviceOf(owner, target.getName())));
        SourceLines sources = new SourceLines(module);
        List<String> found = new ArrayList<>();
        for (JavaClass origin : classes.stream().sorted(Comparator.comparing(JavaClass::getName)).toList()) {
            Path file = sources.fileOf(origin);
            Set<String> reported = new HashSet<>();
            for (UndeclaredUse use : analyzer.undeclaredUses(origin)) {
                int line = use.dependency().getSourceCodeLocation().getLineNumber();
                if (line <= 0) {
                    line = sources.lineWithoutBytecodeLine(file, origin, use.dependency().getDescription());
                }
                if (reported.add(line + " " + use.target().getName())) {
                    found.add(file.getFileName() + ":" + line + " " + use.message());
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(4);
        return found;
    }
}
