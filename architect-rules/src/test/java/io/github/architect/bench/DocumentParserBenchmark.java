package io.github.architect.bench;

import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Parses a generated ~5 MB architecture.md with thousands of endpoints and tables and prints the
 * time per parse. Not a test: run it with
 * {@code ./mvnw -q -pl architect-rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.github.architect.bench.DocumentParserBenchmark}.
 * With a size in bytes as argument ({@code -Dexec.args=100000}) it parses a document of that size
 * in the usual shape ({@link UsualShapeDocument}) instead, 60 times, since a small document is
 * parsed in milliseconds once the JVM is warm (issue 17: 100 KB in under 100 ms). Each run also
 * gives the CPU time of the reading thread, which a loaded machine does not inflate as it does wall
 * time (section 5's SQL is parsed beside it, on a thread of its own).
 */
public final class DocumentParserBenchmark {

    private static final int SERVICES = 250;
    private static final int ENDPOINTS_PER_SERVICE = 16;
    private static final int TABLES_PER_SERVICE = 10;
    private static final int RUNS = 5;

    private DocumentParserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String markdown = args.length > 0 ? UsualShapeDocument.ofSize(Integer.parseInt(args[0])) : document();
        int runs = args.length > 0 ? 60 : RUNS;
        Path file = Files.createTempFile("architecture", ".md");
        try {
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            System.out.printf("document: %.1f MB, %d lines%n", markdown.getBytes(StandardCharsets.UTF_8).length / 1e6,
                    markdown.lines().count());
            ArchitectureDocumentParser parser = new ArchitectureDocumentParser();
            long[] millis = new long[runs];
            long[] cpuMillis = new long[runs];
            long[] threadMillis = new long[runs];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            ParsedDocument parsed = null;
            for (int run = 0; run < runs; run++) {
                long cpuStart = os.getProcessCpuTime();
                long threadStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                parsed = parser.parse(file);
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                threadMillis[run] = (threads.getCurrentThreadCpuTime() - threadStart) / 1_000_000;
                cpuMillis[run] = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
                System.out.printf("run %d: %d ms wall, %d ms CPU of the reading thread, %d ms CPU (all threads,"
                                + " GC and JIT included), load average %.1f%n",
                        run + 1, millis[run], threadMillis[run], cpuMillis[run], os.getSystemLoadAverage());
            }
            long[] warm = Arrays.copyOfRange(millis, 1, runs);
            Arrays.sort(warm);
            long[] warmThread = Arrays.copyOfRange(threadMillis, 1, runs);
            Arrays.sort(warmThread);
            System.out.printf("first (cold JVM) %d ms, warm median %d ms, warm best %d ms, warm worst %d ms;"
                            + " reading thread CPU: warm median %d ms, warm best %d ms%n",
                    millis[0], warm[warm.length / 2], warm[0], warm[warm.length - 1],
                    warmThread[warmThread.length / 2], warmThread[0]);
            System.out.println("model: " + parsed.model().summary() + ", " + parsed.model().dependencies().size()
                    + " dependencies, " + parsed.findings().size() + " findings");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Services with dependencies, endpoints in every notation, CREATE TABLE/INDEX statements, prose. */
    static String document() {
        StringBuilder doc = new StringBuilder(6_000_000);
        doc.append("# Benchmark platform\n\n## 1. Executive Summary\n\n");
        prose(doc, 200);
        doc.append("## 2. Architecture Overview\n\n```mermaid\nflowchart LR\n");
        for (int s = 1; s < SERVICES; s++) {
            doc.append("  S").append(s).append("[Service ").append(s).append("] --> S").append(s - 1)
                    .append("[Service ").append(s - 1).append("]\n");
        }
        doc.append("```\n\n## 3. Service Definitions\n\n");
        for (int s = 0; s < SERVICES; s++) {
            doc.append("### 3.").append(s + 1).append(" **Service ").append(s).append("** (`svc-").append(s).append("`)\n\n");
            prose(doc, 3);
            doc.append("**Dependencies:** ").append(s == 0 ? "none" : "Service " + (s - 1))
                    .append(s > 1 ? ", Service " + (s - 2) : "").append("\n\n");
            doc.append("**Owns data:** table_").append(s).append("_0\n\n");
        }
        doc.append("## 4. API Contracts\n\n");
        for (int s = 0; s < SERVICES; s++) {
            doc.append("### 4.").append(s + 1).append(" Service ").append(s).append(" API\n\n");
            for (int e = 0; e < ENDPOINTS_PER_SERVICE; e++) {
                String path = "/api/v1/s" + s + "/resource" + e;
                switch (e % 4) {
                    case 0 -> doc.append("#### GET ").append(path).append("/{id}\n\n");
                    case 1 -> doc.append("- **POST** `").append(path).append("` creates one\n");
                    case 2 -> doc.append("| PUT | ").append(path).append("/:id | replaces |\n");
                    default -> doc.append("```http\nDELETE ").append(path).append("/{id} HTTP/1.1\nAccept: application/json\n```\n");
                }
                doc.append("\nRequest:\n```json\n{\"id\": 42, \"name\": \"example\", \"tags\": [\"a\", \"b\"]}\n```\n\n");
                prose(doc, 2);
            }
        }
        doc.append("## 5. Data Schema\n\n");
        for (int s = 0; s < SERVICES; s++) {
            doc.append("### 5.").append(s + 1).append(" Service ").append(s).append(" tables\n\n```sql\n");
            for (int t = 0; t < TABLES_PER_SERVICE; t++) {
                String table = "table_" + s + "_" + t;
                doc.append("-- Service ").append(s).append("\nCREATE TABLE ").append(table).append(" (\n")
                        .append("    id BIGSERIAL PRIMARY KEY,\n")
                        .append("    parent_id BIGINT REFERENCES table_").append(s).append("_0 (id),\n")
                        .append("    name VARCHAR(255) NOT NULL,\n")
                        .append("    amount NUMERIC(12, 2) DEFAULT 0,\n")
                        .append("    created_at TIMESTAMPTZ NOT NULL DEFAULT now()\n);\n")
                        .append("CREATE INDEX idx_").append(table).append("_name ON ").append(table).append(" (name);\n");
            }
            doc.append("```\n\n");
        }
        doc.append("## 6. Technology Stack Rationale\n\n");
        for (int t = 0; t < 50; t++) {
            doc.append("- **Tech ").append(t).append("** - chosen because it fits. An alternative would be Other ")
                    .append(t).append(".\n");
        }
        doc.append("\n## 7. Key Considerations\n\n");
        while (doc.length() < 5_000_000) {
            prose(doc, 50);
        }
        return doc.toString();
    }

    private static void prose(StringBuilder doc, int paragraphs) {
        for (int p = 0; p < paragraphs; p++) {
            doc.append("This paragraph explains a *design decision* in plain words, with `code` and a [link](https://example.com); ")
                    .append("readers skim it, parsers must not choke on it. It mentions no endpoint and no table.\n\n");
        }
    }
}
