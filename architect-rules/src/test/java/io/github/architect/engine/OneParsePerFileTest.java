package io.github.architect.engine;

import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.model.ArchitectureModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every check reads Java sources through the build's one index: a file is parsed once, or never. */
class OneParsePerFileTest {

    @TempDir
    Path root;

    @Test
    void allChecksTogetherParseOnlyTheFilesThatMatterAndEachOnce() throws IOException {
        CodeModule billing = CodeModule.conventional("billing", root.resolve("billing"));
        Path sources = billing.sourceRoots().get(0).resolve("com/acme/billing");
        Files.createDirectories(sources);
        // one file every source-reading check looks at: a controller, a listener and a native query
        Files.writeString(sources.resolve("InvoiceController.java"), """
                package com.acme.billing;

                import org.springframework.kafka.annotation.KafkaListener;
                import org.springframework.web.bind.annotation.*;

                @RestController
                @RequestMapping("/invoices")
                class InvoiceController {
                    @GetMapping("/{id}")
                    String get(@PathVariable String id) { return id; }

                    @KafkaListener(topics = "invoice.requested")
                    void on(String message) { }
                }
                """);
        Files.writeString(sources.resolve("Invoice.java"), """
                package com.acme.billing;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                class Invoice {
                    @Id String id;
                }
                """);
        for (int i = 0; i < 20; i++) {
            Files.writeString(sources.resolve("Worker" + i + ".java"),
                    "package com.acme.billing;\nclass Worker" + i + " { int work(int x) { return x + " + i + "; } }\n");
        }
        ArchitectureModel model = new ArchitectureDocumentParser().parse("""
                # Architecture
                ## 1. Executive Summary
                Billing.
                ## 2. Architecture Overview
                One service.
                ## 3. Service Definitions
                ### Billing Service
                ## 4. API Contracts
                - `GET /invoices/{id}`
                ## 5. Data Schema
                ```sql
                CREATE TABLE invoice (id VARCHAR(36) PRIMARY KEY);
                ```
                ## 6. Technology Stack Rationale
                - **Kafka**
                ## 7. Key Considerations
                None.
                """, root.resolve("architecture.md")).model();
        ServiceMap byModule = (module, className) -> model.service("Billing Service");
        CheckContext context = new CheckContext(model, Codebase.of(root, billing), byModule, Map.of());

        List<Object> findings = new ArrayList<>();
        for (Check check : StandardChecks.all()) {
            findings.addAll(check.checkModule(context, billing));
            findings.addAll(check.checkBuild(context));
        }

        assertThat(context.javaSources().parsedCount()).isEqualTo(2);
        assertThat(findings).asString().doesNotContain("endpoint-not-implemented").doesNotContain("cannot");
    }
}
