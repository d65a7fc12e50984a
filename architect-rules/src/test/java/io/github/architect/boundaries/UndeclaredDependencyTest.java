package io.github.architect.boundaries;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of dependency in the bytecode of a single-module build, mapped by package. */
class UndeclaredDependencyTest {

    @TempDir
    static Path root;

    private static CodeModule module;
    private static List<Violation> findings;

    @BeforeAll
    static void compileAndCheck() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("com.shop.catalog.Product", """
                package com.shop.catalog;
                public class Product {
                    public String name;
                    public static String describe(String id) { return id; }
                }
                """);
        sources.put("com.shop.catalog.Sku", "package com.shop.catalog;\npublic class Sku { public int code() { return 1; } }\n");
        sources.put("com.shop.catalog.ProductBase", "package com.shop.catalog;\npublic abstract class ProductBase { }\n");
        sources.put("com.shop.catalog.Priced", "package com.shop.catalog;\npublic interface Priced { }\n");
        sources.put("com.shop.catalog.CatalogTag", """
                package com.shop.catalog;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.CLASS)
                public @interface CatalogTag { }
                """);
        sources.put("com.shop.catalog.CatalogError", "package com.shop.catalog;\npublic class CatalogError extends RuntimeException { }\n");
        sources.put("com.shop.catalog.Catalog", """
                package com.shop.catalog;
                import com.shop.orders.Order;
                public class Catalog {
                    public Order lastOrder() { return null; }
                }
                """);
        sources.put("com.shop.payments.Payment", "package com.shop.payments;\npublic class Payment { public static void charge() { } }\n");
        sources.put("com.shop.common.Money", "package com.shop.common;\npublic class Money { public static Money zero() { return new Money(); } }\n");
        sources.put("com.shop.orders.Order", """
                package com.shop.orders;
                import com.shop.common.Money;
                import com.shop.payments.Payment;
                public class Order {
                    Money total = Money.zero();
                    void pay() {
                        Payment.charge();
                    }
                }
                """);
        sources.put("com.shop.orders.GenericOnly", """
                package com.shop.orders;
                import java.util.List;
                import com.shop.catalog.Product;
                public class GenericOnly {
                    private List<Product> products;
                }
                """);
        sources.put("com.shop.orders.AnnotationOnly", """
                package com.shop.orders;

                @com.shop.catalog.CatalogTag
                public class AnnotationOnly {
                }
                """);
        sources.put("com.shop.orders.FullyQualified", """
                package com.shop.orders;
                public class FullyQualified {
                    private com.shop.catalog.Sku sku;
                }
                """);
        sources.put("com.shop.orders.StaticCall", """
                package com.shop.orders;
                public class StaticCall {
                    String describe() {
                        return com.shop.catalog.Product.describe("42");
                    }
                }
                """);
        sources.put("com.shop.orders.Inheritance", """
                package com.shop.orders;
                import com.shop.catalog.ProductBase;
                public class Inheritance extends ProductBase {
                }
                """);
        sources.put("com.shop.orders.Implementation", """
                package com.shop.orders;
                public class Implementation implements com.shop.catalog.Priced {
                }
                """);
        sources.put("com.shop.orders.ConstructorCall", """
                package com.shop.orders;
                public class ConstructorCall {
                    Object make() {
                        Object o = null;
                        return new com.shop.catalog.Sku();
                    }
                }
                """);
        sources.put("com.shop.orders.ClassLiteral", """
                package com.shop.orders;
                public class ClassLiteral {
                    String name() {
                        return com.shop.catalog.Sku.class.getName();
                    }
                }
                """);
        sources.put("com.shop.orders.ParameterType", """
                package com.shop.orders;
                public class ParameterType {
                    void take(com.shop.catalog.Sku sku) {
                    }
                }
                """);
        sources.put("com.shop.orders.ThrowsClause", """
                package com.shop.orders;
                public class ThrowsClause {
                    void risky() throws com.shop.catalog.CatalogError {
                    }
                }
                """);
        sources.put("com.shop.orders.FieldAccess", """
                package com.shop.orders;
                public class FieldAccess {
                    String read(Object p) {
                        return ((com.shop.catalog.Product) p).name;
                    }
                }
                """);
        sources.put("com.shop.orders.ManyUsesOneLine", """
                package com.shop.orders;
                public class ManyUsesOneLine {
                    int twice() {
                        return new com.shop.catalog.Sku().code() + new com.shop.catalog.Sku().code();
                    }
                    class Inner {
                        Object again() { return new com.shop.catalog.Sku(); }
                    }
                }
                """);
        JavaFixtures.compile(root, sources);
        module = CodeModule.conventional("shop", root);
        Service orders = new Service("Order Service", Position.of(10, 5));
        Service catalog = new Service("Catalog Service", Position.of(14, 5));
        Service payments = new Service("Payment Service", Position.of(18, 5));
        ArchitectureModel model = ArchitectureModel.builder(root.resolve("architecture.md"))
                .services(List.of(orders, catalog, payments))
                .dependencies(List.of(new Dependency("Order Service", "Payment Service", Position.of(30, 3)))).build();
        Codebase codebase = Codebase.of(root, module);
        CheckContext context = new CheckContext(model, codebase, ServiceMapper.map(model, codebase), Map.of());
        findings = new ServiceBoundariesCheck().checkModule(context, module);
    }

    private static List<Violation> at(String simpleName) {
        return findings.stream()
                .filter(v -> v.ruleId().equals("undeclared-dependency"))
                .filter(v -> v.location().file().getFileName().toString().equals(simpleName + ".java"))
                .toList();
    }

    private static Violation only(String simpleName) {
        List<Violation> found = at(simpleName);
        assertThat(found).as("findings in " + simpleName + ": " + found).hasSize(1);
        return found.get(0);
    }

    @Test
    void reportsAtTheSourceFileAndLineWithBothServicesClassesAndTheFix() {
        Violation staticCall = only("StaticCall");

        assertThat(staticCall.severity()).isEqualTo(Severity.ERROR);
        assertThat(staticCall.location().file()).isEqualTo(root.resolve("src/main/java/com/shop/orders/StaticCall.java").toAbsolutePath().normalize());
        assertThat(staticCall.location().line()).isEqualTo(4);
        assertThat(staticCall.message()).contains("Order Service", "Catalog Service",
                "com.shop.orders.StaticCall", "com.shop.catalog.Product", "describe(java.lang.String)");
        assertThat(staticCall.hint()).isEqualTo(
                "Declare Catalog Service under Order Service's Dependencies in architecture.md (line 10), or remove the dependency.");
        assertThat(staticCall.documentLocation().line()).isEqualTo(10);
        assertThat(staticCall.subjects()).containsExactly("com.shop.orders.StaticCall", "com.shop.catalog.Product");
        assertThat(staticCall.service()).isEqualTo("Order Service");
    }

    @Test
    void genericTypeArgumentOnlyIsReportedAtTheField() {
        assertThat(only("GenericOnly").message()).contains("com.shop.catalog.Product");
        assertThat(only("GenericOnly").location().line()).isEqualTo(5);
    }

    @Test
    void annotationOnlyIsReportedAtTheClassDeclaration() {
        Violation annotation = only("AnnotationOnly");
        assertThat(annotation.message()).contains("com.shop.catalog.CatalogTag");
        assertThat(annotation.location().line()).isEqualTo(4);
    }

    @Test
    void fullyQualifiedNameWithoutImport() {
        Violation field = only("FullyQualified");
        assertThat(field.message()).contains("com.shop.catalog.Sku");
        assertThat(field.location().line()).isEqualTo(3);
    }

    @Test
    void inheritanceAndInterfaces() {
        assertThat(only("Inheritance").message()).contains("com.shop.catalog.ProductBase");
        assertThat(only("Inheritance").location().line()).isEqualTo(3);
        assertThat(only("Implementation").message()).contains("com.shop.catalog.Priced");
    }

    @Test
    void constructorCallAtItsLine() {
        Violation call = only("ConstructorCall");
        assertThat(call.message()).contains("constructor", "com.shop.catalog.Sku");
        assertThat(call.location().line()).isEqualTo(5);
    }

    @Test
    void classLiteral() {
        Violation literal = only("ClassLiteral");
        assertThat(literal.message()).contains("com.shop.catalog.Sku");
        assertThat(literal.location().line()).isEqualTo(4);
    }

    @Test
    void parameterAndThrowsTypes() {
        assertThat(only("ParameterType").message()).contains("com.shop.catalog.Sku");
        assertThat(only("ParameterType").location().line()).isEqualTo(3);
        assertThat(only("ThrowsClause").message()).contains("com.shop.catalog.CatalogError");
    }

    @Test
    void fieldAccessAndCast() {
        List<Violation> found = at("FieldAccess");
        assertThat(found).isNotEmpty().allSatisfy(v -> assertThat(v.location().line()).isEqualTo(4));
        assertThat(found).hasSize(1);
    }

    @Test
    void oneFindingPerClassLineAndTarget() {
        List<Violation> found = at("ManyUsesOneLine");
        assertThat(found).extracting(v -> v.location().line()).containsExactly(4, 7);
        assertThat(found).extracting(v -> v.subjects().get(0))
                .containsExactly("com.shop.orders.ManyUsesOneLine", "com.shop.orders.ManyUsesOneLine$Inner");
    }

    @Test
    void declaredDependenciesAndCodeOfNoServiceAreAllowed() {
        assertThat(at("Order")).isEmpty();
    }

    @Test
    void theOtherDirectionIsCheckedToo() {
        Violation back = only("Catalog");
        assertThat(back.message()).startsWith("Catalog Service uses Order Service");
        assertThat(back.location().line()).as("the method with the return type").isEqualTo(4);
        assertThat(back.hint()).contains("under Catalog Service's Dependencies", "(line 14)");
    }

    @Test
    void oneSummaryPerServicePair() {
        List<Violation> summaries = findings.stream().filter(v -> v.ruleId().equals("undeclared-dependency-summary")).toList();
        long ordersToCatalog = findings.stream().filter(v -> v.ruleId().equals("undeclared-dependency"))
                .filter(v -> v.service().equals("Order Service")).count();
        long classes = findings.stream().filter(v -> v.ruleId().equals("undeclared-dependency"))
                .filter(v -> v.service().equals("Order Service")).map(v -> v.subjects().get(0)).distinct().count();
        assertThat(summaries).extracting(Violation::message).containsExactlyInAnyOrder(
                "Order Service -> Catalog Service: " + ordersToCatalog + " undeclared uses in " + classes + " classes of module shop",
                "Catalog Service -> Order Service: 1 undeclared use in 1 class of module shop");
        assertThat(summaries).allSatisfy(s -> assertThat(s.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void findsNothingButUndeclaredDependenciesAndTheirSummaries() {
        assertThat(findings.stream().map(Violation::ruleId).distinct()).containsOnly("undeclared-dependency", "undeclared-dependency-summary");
    }
}
