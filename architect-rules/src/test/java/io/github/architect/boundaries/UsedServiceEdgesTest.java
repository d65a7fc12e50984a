package io.github.architect.boundaries;

import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import io.github.architect.check.ServiceEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service pairs a module's bytecode uses, whatever the document declares. */
class UsedServiceEdgesTest {

    @TempDir
    Path root;

    @Test
    void usedPairsAreReportedDeclaredOrNotAndUnusedDeclaredPairsAreNot() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("com.shop.payments.Payment", "package com.shop.payments;\npublic class Payment { public static void charge() { } }\n");
        sources.put("com.shop.catalog.Product", "package com.shop.catalog;\npublic class Product { }\n");
        sources.put("com.shop.orders.Order", """
                package com.shop.orders;
                public class Order {
                    void pay() { com.shop.payments.Payment.charge(); }
                    com.shop.catalog.Product product;
                }
                """);
        JavaFixtures.compile(root, sources);
        CodeModule module = CodeModule.conventional("shop", root);
        ArchitectureModel model = ArchitectureModel.builder(root.resolve("architecture.md"))
                .services(List.of(new Service("Order Service", Position.of(10, 5)),
                        new Service("Catalog Service", Position.of(14, 5)), new Service("Payment Service", Position.of(18, 5))))
                .dependencies(List.of(new Dependency("Order Service", "Payment Service", Position.of(30, 3)),
                        new Dependency("Payment Service", "Catalog Service", Position.of(31, 3))))
                .build();
        Codebase codebase = Codebase.of(root, module);
        CheckContext context = new CheckContext(model, codebase, ServiceMapper.map(model, codebase), Map.of());

        var edges = ServiceBoundariesCheck.usedServiceEdges(context, module);

        // Order -> Payment declared and used, Order -> Catalog used but undeclared,
        // Payment -> Catalog declared but unused
        assertThat(edges).containsExactly(new ServiceEdge("Order Service", "Catalog Service"),
                new ServiceEdge("Order Service", "Payment Service"));
        assertThat(ServiceBoundariesCheck.usedServiceEdges(context, module)).isSameAs(edges);
    }

    @Test
    void aModuleWithoutClassesUsesNothing() {
        CodeModule module = CodeModule.conventional("empty", root);
        ArchitectureModel model = ArchitectureModel.builder(root.resolve("architecture.md"))
                .services(List.of(new Service("Order Service", Position.of(10, 5)),
                        new Service("Payment Service", Position.of(18, 5))))
                .build();
        Codebase codebase = Codebase.of(root, module);
        CheckContext context = new CheckContext(model, codebase, ServiceMapper.map(model, codebase), Map.of());

        assertThat(ServiceBoundariesCheck.usedServiceEdges(context, module)).isEmpty();
    }
}
