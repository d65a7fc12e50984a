package io.github.architect.fuzz;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import io.github.architect.boundaries.JavaFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small build in the shape of examples/ (which is not part of the reactor): catalog, inventory,
 * orders and common modules with Spring controllers, JPA entities, Flyway migrations and one call
 * from orders into each other service, written and compiled into a directory so that every check
 * has code to look at. Spring and JPA are stand-in annotation types compiled beside it.
 */
public final class ShopFixture {

    private static final Map<String, String> STUBS = stubs();

    private ShopFixture() {
    }

    /**
     * Writes and compiles the build under {@code root}; the modules hold code, the root is a pom.
     * The stand-in annotations go to {@code stubs}, outside the build.
     */
    public static Codebase write(Path root, Path stubs) {
        Path stubClasses = stubs.resolve("classes");
        JavaFixtures.compile(stubs.resolve("src"), stubClasses, STUBS);
        module(root, "common", Map.of("com.example.shop.common.Money", """
                package com.example.shop.common;
                public record Money(java.math.BigDecimal amount, String currency) { }
                """), Map.of(), stubClasses);
        Path common = root.resolve("common/target/classes");
        module(root, "catalog", Map.of(
                "com.example.shop.catalog.Product", entity("com.example.shop.catalog", "Product", "products",
                        "id", "sku", "name", "price", "currency"),
                "com.example.shop.catalog.ProductCatalog", """
                        package com.example.shop.catalog;
                        import com.example.shop.common.Money;
                        public class ProductCatalog {
                            public Money priceOf(long productId) { return new Money(java.math.BigDecimal.ONE, "EUR"); }
                        }
                        """,
                "com.example.shop.catalog.CatalogController", """
                        package com.example.shop.catalog;
                        import org.springframework.web.bind.annotation.*;
                        import org.springframework.http.HttpStatus;
                        @RestController
                        @RequestMapping("/products")
                        public class CatalogController {
                            @GetMapping public String list() { return ""; }
                            @GetMapping("/{id}") public String get(@PathVariable long id) { return ""; }
                            @PostMapping @ResponseStatus(HttpStatus.CREATED) public String add(@RequestBody String product) { return ""; }
                        }
                        """), Map.of("V1__create_products.sql", """
                        CREATE TABLE products (
                            id BIGINT PRIMARY KEY,
                            sku VARCHAR(32) NOT NULL UNIQUE,
                            name VARCHAR(200) NOT NULL,
                            price NUMERIC(12,2) NOT NULL,
                            currency CHAR(3) NOT NULL
                        );
                        """), stubClasses, common);
        module(root, "inventory", Map.of(
                "com.example.shop.inventory.StockItem", entity("com.example.shop.inventory", "StockItem", "stock_items",
                        "product_id", "on_hand"),
                "com.example.shop.inventory.StockLedger", """
                        package com.example.shop.inventory;
                        public class StockLedger {
                            public void reserve(long productId, long orderId, int quantity) { }
                        }
                        """,
                "com.example.shop.inventory.StockController", """
                        package com.example.shop.inventory;
                        import org.springframework.web.bind.annotation.*;
                        import org.springframework.http.HttpStatus;
                        @RestController
                        public class StockController {
                            @GetMapping("/stock/{productId}") public String get(@PathVariable long productId) { return ""; }
                            @PostMapping("/stock/{productId}/reservations") @ResponseStatus(HttpStatus.CREATED) public String reserve(@PathVariable long productId) { return ""; }
                        }
                        """), Map.of("V1__create_stock.sql", """
                        CREATE TABLE stock_items (product_id BIGINT PRIMARY KEY, on_hand INTEGER NOT NULL);
                        CREATE TABLE stock_reservations (id BIGINT PRIMARY KEY, product_id BIGINT NOT NULL,
                            order_id BIGINT NOT NULL, quantity INTEGER NOT NULL);
                        """), stubClasses, common);
        module(root, "orders", Map.of(
                "com.example.shop.orders.Order", entity("com.example.shop.orders", "Order", "orders",
                        "id", "customer_id", "status", "total", "currency", "created_at"),
                "com.example.shop.orders.OrderDesk", """
                        package com.example.shop.orders;
                        import com.example.shop.catalog.ProductCatalog;
                        import com.example.shop.common.Money;
                        import com.example.shop.inventory.StockLedger;
                        public class OrderDesk {
                            private final ProductCatalog catalog = new ProductCatalog();
                            private final StockLedger stock = new StockLedger();
                            public Money place(long productId, int quantity) {
                                stock.reserve(productId, 1L, quantity);
                                return catalog.priceOf(productId);
                            }
                        }
                        """,
                "com.example.shop.orders.OrderController", """
                        package com.example.shop.orders;
                        import org.springframework.web.bind.annotation.*;
                        import org.springframework.http.HttpStatus;
                        @RestController
                        @RequestMapping("/orders")
                        public class OrderController {
                            @PostMapping @ResponseStatus(HttpStatus.CREATED) public String place(@RequestBody String order) { return ""; }
                            @GetMapping public String ofCustomer(@RequestParam String customerId) { return ""; }
                            @GetMapping("/{id}") public String get(@PathVariable long id) { return ""; }
                            @PostMapping("/{id}/cancel") public String cancel(@PathVariable long id) { return ""; }
                        }
                        """), Map.of("V1__create_orders.sql", """
                        CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id VARCHAR(64) NOT NULL,
                            status VARCHAR(16) NOT NULL, total NUMERIC(12,2) NOT NULL, currency CHAR(3) NOT NULL,
                            created_at TIMESTAMP NOT NULL);
                        CREATE TABLE order_lines (id BIGINT PRIMARY KEY, order_id BIGINT NOT NULL REFERENCES orders (id),
                            product_id BIGINT NOT NULL, quantity INTEGER NOT NULL, unit_price NUMERIC(12,2) NOT NULL,
                            currency CHAR(3) NOT NULL);
                        """), stubClasses, common, root.resolve("catalog/target/classes"),
                root.resolve("inventory/target/classes"));
        List<CodeModule> modules = new ArrayList<>();
        modules.add(new CodeModule("shop", root, "pom", List.of(), List.of(), List.of(), List.of(), Set.of(),
                root.resolve("pom.xml")));
        for (String name : List.of("common", "catalog", "inventory", "orders")) {
            Path dir = root.resolve(name);
            List<String> dependsOn = switch (name) {
                case "catalog", "inventory" -> List.of("common");
                case "orders" -> List.of("common", "catalog", "inventory");
                default -> List.of();
            };
            modules.add(new CodeModule(name, dir, "jar", List.of(dir.resolve("src/main/java")),
                    List.of(dir.resolve("target/classes")), List.of(dir.resolve("src/main/resources")), dependsOn,
                    Set.of("org.springframework:spring-web", "jakarta.persistence:jakarta.persistence-api",
                            "org.flywaydb:flyway-core"), dir.resolve("pom.xml")));
        }
        return new Codebase(root, modules);
    }

    private static String entity(String pkg, String type, String table, String... columns) {
        StringBuilder fields = new StringBuilder();
        for (String column : columns) {
            String field = toCamel(column);
            fields.append(column.equals("id") || column.equals("product_id") && table.equals("stock_items") ? "    @Id\n" : "")
                    .append("    @Column(name = \"").append(column).append("\")\n")
                    .append("    private String ").append(field).append(";\n");
        }
        return "package " + pkg + ";\n"
                + "import jakarta.persistence.*;\n"
                + "@Entity\n@Table(name = \"" + table + "\")\n"
                + "public class " + type + " {\n" + fields + "}\n";
    }

    private static String toCamel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static void module(Path root, String name, Map<String, String> sources, Map<String, String> migrations,
                               Path... classpath) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>" + name + "</artifactId></project>\n");
            for (Map.Entry<String, String> migration : migrations.entrySet()) {
                Path file = dir.resolve("src/main/resources/db/migration").resolve(migration.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, migration.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaFixtures.compile(dir.resolve("src/main/java"), dir.resolve("target/classes"), sources, classpath);
    }


    private static Map<String, String> stubs() {
        Map<String, String> stubs = new LinkedHashMap<>();
        for (String type : List.of("RestController", "PathVariable", "RequestBody", "RequestParam")) {
            stubs.put("org.springframework.web.bind.annotation." + type,
                    "package org.springframework.web.bind.annotation;\npublic @interface " + type
                            + " { String value() default \"\"; }\n");
        }
        for (String type : List.of("RequestMapping", "GetMapping", "PostMapping")) {
            stubs.put("org.springframework.web.bind.annotation." + type,
                    "package org.springframework.web.bind.annotation;\npublic @interface " + type
                            + " { String[] value() default {}; String[] path() default {}; }\n");
        }
        // the example answers 201 to the POSTs that create, as section 4 says
        stubs.put("org.springframework.http.HttpStatus",
                "package org.springframework.http;\npublic enum HttpStatus { OK, CREATED, NOT_FOUND, CONFLICT }\n");
        stubs.put("org.springframework.web.bind.annotation.ResponseStatus",
                "package org.springframework.web.bind.annotation;\npublic @interface ResponseStatus {"
                        + " org.springframework.http.HttpStatus value(); }\n");
        stubs.put("jakarta.persistence.Entity", "package jakarta.persistence;\npublic @interface Entity { }\n");
        stubs.put("jakarta.persistence.Id", "package jakarta.persistence;\npublic @interface Id { }\n");
        stubs.put("jakarta.persistence.Table",
                "package jakarta.persistence;\npublic @interface Table { String name() default \"\"; }\n");
        stubs.put("jakarta.persistence.Column",
                "package jakarta.persistence;\npublic @interface Column { String name() default \"\"; }\n");
        return stubs;
    }
}
