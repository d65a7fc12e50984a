package io.github.architect.scaffold;

import io.github.architect.boundaries.JavaFixtures;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import io.github.architect.fuzz.ShopFixture;
import io.github.architect.mapping.ServiceMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentDraftTest {

    @TempDir
    Path root;

    @Test
    void multiModuleDraftPassesVerifyUnchanged() {
        Codebase codebase = ShopFixture.write(root.resolve("shop"), root.resolve("stubs"));
        String draft = DocumentDraft.write(codebase, "Shop").markdown();

        assertThat(draft).contains("### Catalog\n", "### Inventory\n", "### Orders\n")
                .contains("- **Dependencies:** Catalog, Inventory\n")
                .contains("#### POST /orders/{id}/cancel\n\nServed by `OrderController.cancel()`.\n\nSuccess: `200 OK`\n")
                .contains("CREATE TABLE order_lines (", "    PRIMARY KEY (id),\n    FOREIGN KEY (order_id) REFERENCES orders (id)\n")
                .contains("shared: [common]");
        assertThat(errors(draft, codebase)).isEmpty();
    }

    @Test
    void singleModuleGetsOneServicePerTopLevelPackage() {
        Path module = root.resolve("app");
        JavaFixtures.compile(module, Map.of(
                "com.acme.shop.Application", "package com.acme.shop; public class Application { }",
                "com.acme.shop.common.Money", "package com.acme.shop.common; public record Money(long cents) { }",
                "com.acme.shop.billing.Invoices", """
                        package com.acme.shop.billing;
                        /** @RestController */
                        public class Invoices { public com.acme.shop.common.Money total() { return null; } }
                        """,
                "com.acme.shop.orders.Orders", """
                        package com.acme.shop.orders;
                        /** @RestController */
                        public class Orders { com.acme.shop.billing.Invoices invoices; }
                        """));
        Codebase codebase = new Codebase(module, List.of(CodeModule.conventional("app", module)));
        String draft = DocumentDraft.write(codebase, "Shop").markdown();

        assertThat(draft).contains("### Billing\n", "### Orders\n", "- **Dependencies:** Billing\n")
                .contains("shared: [com.acme.shop.common..]");
        assertThat(errors(draft, codebase)).isEmpty();
    }

    @Test
    void infrastructureModulesAreLeftOutByEvidenceAndUncompiledModulesAreNamed() {
        Path orders = root.resolve("acme-orders");
        JavaFixtures.compile(orders, Map.of("com.acme.orders.Orders", """
                package com.acme.orders;
                /** @RestController */
                public class Orders { }
                """));
        Path billing = root.resolve("acme-billing");
        JavaFixtures.compile(billing, Map.of("com.acme.billing.Invoices", """
                package com.acme.billing;
                /** @Entity */
                public class Invoices { }
                """));
        Path config = root.resolve("acme-orders-settings");
        JavaFixtures.compile(config, Map.of("com.acme.settings.Settings", """
                package com.acme.settings;
                /** @EnableConfigServer */
                public class Settings { public static void main(String[] args) { } }
                """));
        Path shipping = root.resolve("acme-shipping");
        JavaFixtures.compile(shipping, Map.of("com.acme.shipping.Parcels", """
                package com.acme.shipping;
                /** @RestController */
                public class Parcels { }
                """));
        deleteClasses(shipping);
        Codebase codebase = new Codebase(root, List.of(CodeModule.conventional("acme-orders", orders),
                CodeModule.conventional("acme-billing", billing), CodeModule.conventional("acme-orders-settings", config),
                CodeModule.conventional("acme-shipping", shipping)));

        DocumentDraft.Draft draft = DocumentDraft.write(codebase, "Acme");

        assertThat(draft.markdown()).contains("### Orders\n", "### Billing\n", "### Shipping\n")
                .doesNotContain("Settings");
        assertThat(draft.notes()).containsExactly(
                "Left out of the services: acme-orders-settings: infrastructure (@EnableConfigServer;"
                        + " no controllers, entities or listeners)",
                "Module acme-shipping is not compiled, so the dependencies of its services are not drafted:"
                        + " run mvn compile architect:scaffold-doc");
        assertThat(errors(draft.markdown(), codebase)).isEmpty();
    }

    private static void deleteClasses(Path module) {
        try (var files = java.nio.file.Files.walk(module.resolve("target"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void namesLoseTheCommonPrefixAndKeepAcronyms() {
        assertThat(HumanNames.of(List.of("acme-platform-api-gateway", "acme-platform-orders")))
                .containsEntry("acme-platform-api-gateway", "API Gateway")
                .containsEntry("acme-platform-orders", "Orders");
    }

    /** The errors verify reports on the draft (warnings such as a String entity field over a BIGINT column are the code's own drift). */
    static List<Violation> errors(String markdown, Codebase codebase) {
        return findings(markdown, codebase).stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    /** Every finding verify reports on the draft, whatever its severity. */
    static List<Violation> findings(String markdown, Codebase codebase) {
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(markdown, codebase.rootDirectory().resolve("architecture.md"));
        CheckContext context = new CheckContext(parsed.model(), codebase, ServiceMapper.map(parsed.model(), codebase), Map.of());
        Verifier verifier = new Verifier(StandardChecks.all(), SeverityPolicy.defaults());
        List<Violation> all = new ArrayList<>(verifier.applyPolicy(parsed.findings()));
        for (CodeModule module : codebase.modules()) {
            all.addAll(verifier.verifyModule(context, module));
        }
        all.addAll(verifier.verifyBuild(context));
        return all;
    }
}
