package io.github.architect.operations;

import io.github.architect.cache.ScanCache;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.doc.DocumentCache;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.engine.IncrementalVerifier;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.Verifier;
import io.github.architect.model.ArchitectureModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consecutive runs through the incremental cache: a change to a file the check reads that is
 * neither the document nor a source or resource directory (a linked schema, src/main/proto) must
 * be seen.
 */
class OperationsCacheTest {

    @TempDir
    Path root;
    Path document;
    CodeModule orders;

    @BeforeEach
    void writeBuild() throws IOException {
        document = root.resolve("architecture.md");
        Files.writeString(document, """
                # Shop
                ## 3. Service Definitions
                ### Order Service
                ## 4. API Contracts
                ### Order Service API
                proto: api/orders.proto
                """);
        write(root.resolve("api/orders.proto"), "service OrderApi { rpc PlaceOrder (A) returns (B); }\n");
        orders = CodeModule.conventional("orders", root.resolve("orders"));
        write(orders.baseDirectory().resolve("src/main/proto/orders.proto"),
                "service OrderApi { rpc PlaceOrder (A) returns (B); }\n");
        write(orders.sourceRoots().get(0).resolve("com/acme/OrderApiService.java"), """
                package com.acme;
                class OrderApiService extends OrderApiGrpc.OrderApiImplBase {
                }
                """);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> run() {
        ScanCache cache = ScanCache.in(root.resolve("target/architect/cache/scan"), "1.0");
        ArchitectureModel model = DocumentCache.parse(document, cache, new ArchitectureDocumentParser()).model();
        CheckContext context = new CheckContext(model, Codebase.of(root, orders), ServiceMap.none(), Map.of(), cache);
        IncrementalVerifier verifier = new IncrementalVerifier(
                new Verifier(List.of(new OperationContractCheck()), SeverityPolicy.defaults()), context, document, "1.0",
                line -> { });
        List<Violation> all = new ArrayList<>(verifier.verifyModule(orders,
                orders.baseDirectory().resolve("target/architect/cache")).findings());
        all.addAll(verifier.verifyBuild(root.resolve("target/architect/cache/build.json")).findings());
        return all.stream().map(v -> v.ruleId() + " " + v.subjects()).toList();
    }

    @Test
    void anEditedProtoOfTheCodeIsSeenByTheNextRun() throws IOException {
        assertThat(run()).isEmpty();
        write(orders.baseDirectory().resolve("src/main/proto/orders.proto"),
                "service OrderApi {\n  rpc PlaceOrder (A) returns (B);\n  rpc CancelOrder (A) returns (B);\n}\n");

        assertThat(run()).containsExactly("undeclared-operation [rpc OrderApi.CancelOrder]");
    }

    @Test
    void anEditedLinkedContractIsSeenByTheNextRunThoughTheDocumentIsUnchanged() throws IOException {
        assertThat(run()).isEmpty();
        write(root.resolve("api/orders.proto"),
                "service OrderApi {\n  rpc PlaceOrder (A) returns (B);\n  rpc TrackOrder (A) returns (B);\n}\n");

        assertThat(run()).containsExactly("operation-not-implemented [rpc OrderApi.TrackOrder]");
    }

    @Test
    void aRerunReadsOnlyTheJavaFilesThatChanged() throws IOException {
        write(orders.sourceRoots().get(0).resolve("com/acme/Plain.java"), "package com.acme;\nclass Plain {}\n");
        Path directory = root.resolve("target/architect/cache/scan");
        ScanCache first = ScanCache.in(directory, "1.0");
        OperationScanner.scan(orders, first);
        first.save();
        write(orders.sourceRoots().get(0).resolve("com/acme/Plain.java"), "package com.acme;\nclass Plain { int x; }\n");

        ScanCache second = ScanCache.in(directory, "1.0");
        ModuleOperations scan = OperationScanner.scan(orders, second);

        assertThat(first.computedCounts()).containsEntry("operation-markers", 2);
        assertThat(second.computedCounts()).containsEntry("operation-markers", 1);
        assertThat(scan.operations()).extracting(CodeOperation::display).containsExactly("rpc OrderApi.PlaceOrder");
    }
}
