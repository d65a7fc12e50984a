package io.github.architect.boundaries;

import com.tngtech.archunit.ArchConfiguration;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings about the whole build: services without code, declared cycles, code claimed twice. */
class BuildFindingsTest {

    @TempDir
    Path root;

    private CheckContext context(List<Dependency> dependencies, CodeModule module, Service... services) {
        ArchitectureModel model = ArchitectureModel.builder(root.resolve("architecture.md"))
                .services(Arrays.asList(services)).dependencies(dependencies).build();
        Codebase codebase = Codebase.of(root, module);
        return new CheckContext(model, codebase, ServiceMapper.map(model, codebase), Map.of());
    }

    private CodeModule moduleWith(String... classNames) throws IOException {
        for (String className : classNames) {
            Path file = root.resolve("src/main/java").resolve(className.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "package x;\n");
        }
        return CodeModule.conventional("shop", root);
    }

    private static Dependency dependency(String from, String to, int line) {
        return new Dependency(from, to, Position.of(line, 3));
    }

    @Test
    void serviceWithoutCodeIsReportedOnceAtItsLineSayingWhereItLooked() throws IOException {
        CodeModule module = moduleWith("com.shop.orders.Order");
        CheckContext context = context(List.of(), module, new Service("Order Service", Position.of(10, 1)),
                new Service("Inventory Service", Position.of(20, 4)));

        List<Violation> found = new ServiceBoundariesCheck().checkBuild(context);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("service-without-code");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.location().toString()).endsWith("architecture.md:[20,4]");
            assertThat(v.message()).startsWith("Inventory Service is declared in architecture.md but no code of the build belongs to it")
                    .contains("inventory-service", "packages with a segment inventory or inventories", "1 module (shop)");
            assertThat(v.hint()).contains("packages: [com.acme.inventory..]");
        });
    }

    @Test
    void aDeclaredCycleOfAnyLengthIsAWarningNamingItsLines() throws IOException {
        CodeModule module = moduleWith("com.shop.orders.Order", "com.shop.billing.Bill", "com.shop.users.User",
                "com.shop.audit.Log");
        CheckContext context = context(List.of(
                        dependency("Order Service", "Billing Service", 30),
                        dependency("Billing Service", "User Service", 31),
                        dependency("User Service", "Order Service", 32),
                        dependency("Audit Service", "Order Service", 33)),
                module, new Service("Order Service", Position.of(10, 1)), new Service("Billing Service", Position.of(11, 1)),
                new Service("User Service", Position.of(12, 1)), new Service("Audit Service", Position.of(13, 1)));

        List<Violation> found = new ServiceBoundariesCheck().checkBuild(context);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("dependency-cycle");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.location().line()).isEqualTo(30);
            assertThat(v.message()).contains("Order Service -> Billing Service -> User Service -> Order Service",
                    "(line 30)", "(line 31)", "(line 32)");
            assertThat(v.subjects()).containsExactly("Billing Service", "Order Service", "User Service");
        });
    }

    @Test
    void twoWayDependencyIsACycle() throws IOException {
        CodeModule module = moduleWith("com.shop.orders.Order", "com.shop.billing.Bill");
        CheckContext context = context(List.of(dependency("Orders", "Billing", 30), dependency("Billing", "Orders", 31)),
                module, new Service("Order Service", Position.of(10, 1)), new Service("Billing Service", Position.of(11, 1)));

        assertThat(new ServiceBoundariesCheck().checkBuild(context)).extracting(Violation::ruleId).containsExactly("dependency-cycle");
    }

    @Test
    void eachGroupOfServicesReachingEachOtherIsOneCycleThroughItsFirstDeclaredService() {
        List<Service> services = List.of(new Service("A", Position.of(1, 1)), new Service("B", Position.of(2, 1)),
                new Service("C", Position.of(3, 1)), new Service("D", Position.of(4, 1)), new Service("E", Position.of(5, 1)));
        List<Dependency> dependencies = List.of(dependency("E", "D", 10), dependency("D", "E", 11),
                dependency("A", "B", 12), dependency("B", "C", 13), dependency("C", "A", 14), dependency("B", "A", 15));
        ArchitectureModel model = ArchitectureModel.builder(root.resolve("architecture.md")).services(services)
                .dependencies(dependencies).build();

        List<DeclaredCycles.Cycle> cycles = DeclaredCycles.find(model);

        assertThat(cycles).extracting(c -> c.services().stream().map(Service::name).toList())
                .containsExactly(List.of("A", "B", "A"), List.of("D", "E", "D"));
        assertThat(cycles.get(0).dependencies()).extracting(d -> d.position().line()).containsExactly(12, 15);
    }

    @Test
    void aChainOfThousandsOfServicesIsCheckedForCyclesQuicklyAndWithoutDeepRecursion() throws Exception {
        int count = 10_000;
        List<Service> services = new java.util.ArrayList<>();
        List<Dependency> dependencies = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            services.add(new Service("Node " + i + " Service", Position.of(i, 1)));
            if (i > 1) {
                dependencies.add(dependency("Node " + i + " Service", "Node " + (i - 1) + " Service", i));
            }
        }
        ArchitectureModel chain = ArchitectureModel.builder(root.resolve("architecture.md")).services(services)
                .dependencies(dependencies).build();
        List<Dependency> closed = new java.util.ArrayList<>(dependencies);
        closed.add(dependency("Node 1 Service", "Node " + count + " Service", count + 1));
        ArchitectureModel ring = ArchitectureModel.builder(root.resolve("architecture.md")).services(services)
                .dependencies(closed).build();
        List<List<DeclaredCycles.Cycle>> found = new java.util.ArrayList<>();

        long start = System.nanoTime();
        Thread small = new Thread(null, () -> {
            found.add(DeclaredCycles.find(chain));
            found.add(DeclaredCycles.find(ring));
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isEmpty();
        assertThat(found.get(1)).singleElement().satisfies(c -> assertThat(c.services()).hasSize(count + 1));
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(10_000_000_000L);
    }

    @Test
    void packageClaimedByTwoServicesIsAnErrorNamingBoth() throws IOException {
        CodeModule module = moduleWith("com.shop.orders.catalog.CatalogClient", "com.shop.catalog.Product");
        CheckContext context = context(List.of(), module, new Service("Order Service", Position.of(10, 1)),
                new Service("Catalog Service", Position.of(11, 1)));

        assertThat(new ServiceBoundariesCheck().checkBuild(context)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("ambiguous-service-mapping");
            assertThat(v.message()).isEqualTo("Package com.shop.orders.catalog (module shop) matches both Order Service and "
                    + "Catalog Service (package segment 'orders'); it is treated as Order Service");
            assertThat(v.location().file()).isEqualTo(root.resolve("src/main/java/com/shop/orders/catalog"));
        });
    }

    @Test
    void aDocumentWithoutServicesOrWithOneServiceChecksNothing() throws IOException {
        CodeModule module = moduleWith("com.shop.orders.Order");
        CheckContext none = context(List.of(), module);
        CheckContext one = context(List.of(), module, new Service("Order Service", Position.of(10, 1)));

        assertThat(new ServiceBoundariesCheck().checkBuild(none)).isEmpty();
        assertThat(new ServiceBoundariesCheck().checkModule(one, module)).isEmpty();
    }

    @Test
    void importKeepsArchUnitConfigurationAndContextClassLoaderOfTheThread() throws IOException {
        Path classes = root.resolve("target/classes");
        JavaFixtures.compile(root, Map.of("com.shop.orders.Order", "package com.shop.orders;\npublic class Order { }\n"));
        ClassLoader mine = new URLClassLoader(new URL[0]);
        Thread.currentThread().setContextClassLoader(mine);
        boolean resolveBefore = ArchConfiguration.get().resolveMissingDependenciesFromClassPath();
        try {
            assertThat(ModuleClasses.importPaths(List.of(classes)).contain("com.shop.orders.Order")).isTrue();

            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(mine);
            assertThat(ArchConfiguration.get().resolveMissingDependenciesFromClassPath()).isEqualTo(resolveBefore);
        } finally {
            Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        }
    }

    @Test
    void aModuleWithSourcesButNoClassesIsAWarningNotASilentPass() throws IOException {
        CodeModule module = moduleWith("com.shop.orders.Order", "com.shop.billing.Bill");
        CheckContext context = context(List.of(), module, new Service("Order Service", Position.of(10, 1)),
                new Service("Billing Service", Position.of(11, 1)));

        assertThat(new ServiceBoundariesCheck().checkModule(context, module)).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("boundaries-not-checked");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.message()).startsWith("Module shop has Java sources").contains("no compiled classes in "
                    + root.resolve("target/classes"));
            assertThat(v.location().file()).isEqualTo(root.resolve("pom.xml"));
        });
    }

    @Test
    void everyRuleHasAStableKebabCaseId() {
        assertThat(new ServiceBoundariesCheck().rules()).extracting(r -> r.id()).containsExactly(
                "undeclared-dependency", "undeclared-dependency-summary", "undeclared-module-dependency",
                "service-without-code", "dependency-cycle", "ambiguous-service-mapping", "boundaries-not-checked");
    }
}
