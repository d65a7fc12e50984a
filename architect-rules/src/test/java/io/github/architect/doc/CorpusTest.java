package io.github.architect.doc;

import io.github.architect.fixtures.SharedCorpus;
import io.github.architect.model.Endpoint;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses the real design documents of {@code ../shared/corpus/} (written by others, not copied into
 * this repository) and compares with what a reader of each document finds. Skipped when the
 * corpus is not there.
 */
class CorpusTest {

    /** What a reader finds in one document: at least these counts, and these names. */
    private record Expected(Set<SectionKind> missingSections, int services, int endpoints, int tables,
                            List<String> serviceNames, List<String> endpointNames, List<String> tableNames) {
    }

    private static final Set<SectionKind> NONE = Set.of();

    private static final Map<String, Expected> EXPECTED = Map.of(
            "01-apec-job-manager-serverless-architecture.md", new Expected(NONE, 5, 3, 4,
                    List.of("Job Management Service", "APEC Automation Service", "Cron Service", "Report Service", "Dashboard Service"),
                    List.of("POST /api/jobs", "POST /api/jobs/sync", "POST /api/apec/auth"),
                    List.of("jobs", "sync_history", "reports", "audit_log")),
            "02-Magnus-ai-continuous-improvement-system.md", new Expected(NONE, 4, 12, 0,
                    List.of("Research Agent Service", "Enhancement Agent Service", "Learning Loop Service", "Auto-Fix Executor Service"),
                    List.of("POST /api/v1/research/scan", "GET /api/v1/health/check/{id}", "POST /api/v1/enhancements/{id}/feedback"),
                    List.of()),
            "03-Magnus-watchlist-data-integration.md", new Expected(NONE, 4, 0, 5,
                    List.of("Unified Stock Data Provider", "Watchlist Manager Service", "Database Manager Service", "Market Data Fetcher Service"),
                    List.of(), List.of("stock_data", "stock_premiums", "stocks", "tv_watchlists_api", "tv_symbols_api")),
            "04-brightears-admin-dashboard-architecture.md", new Expected(NONE, 4, 7, 0,
                    List.of("Application Management Service", "Booking Management Service", "Artist Management Service", "Dashboard Statistics Service"),
                    List.of("GET /api/admin/applications", "GET /api/admin/applications/{id}", "POST /api/admin/applications/{id}/approve", "GET /api/admin/stats"),
                    List.of()),
            "05-brightears-public-api-implementation-summary.md", new Expected(NONE, 1, 2, 0,
                    List.of("Public Artists Discovery API"), List.of("GET /api/public/artists", "OPTIONS /api/public/artists"), List.of()),
            "06-lex-vector-docker-implementation-plan.md", new Expected(EnumSet.of(SectionKind.KEY_CONSIDERATIONS), 5, 5, 3,
                    List.of("Streamlit Hub Service", "Text Extractor Service", "Document Assembler Service", "STJ Open Data Service", "Trello MCP Service"),
                    List.of("POST /api/v1/extract", "GET /api/v1/jobs/{job_id}", "POST /api/v1/assemble", "GET /api/v1/search", "POST /api/v1/cards"),
                    List.of("jurisprudence", "extraction_jobs")),
            "07-Magnus-ava-telegram-bot-architecture.md", new Expected(NONE, 4, 1, 4,
                    List.of("Webhook Server", "Message Worker", "Database Manager", "State Manager"),
                    List.of("POST /webhook/{REDACTED_BOT_TOKEN}"),
                    List.of("telegram_users", "telegram_message_log", "telegram_rate_limits", "telegram_workflows")),
            "08-Magnus-database-scan-architecture.md", new Expected(NONE, 4, 3, 3,
                    List.of("Sync Orchestrator Service", "Resilient Data Fetcher Service", "Database Transaction Manager", "Progress Tracking Service"),
                    List.of("POST /api/sync/start", "GET /api/sync/status/{job_id}", "POST /api/sync/retry/{job_id}"),
                    List.of("sync_jobs", "sync_stock_results", "api_rate_limits")),
            "09-Magnus-position-recommendations-architecture.md", new Expected(EnumSet.of(SectionKind.KEY_CONSIDERATIONS), 5, 0, 1,
                    List.of("PositionRecommendationService", "GreeksAnalyzer", "NewsAggregator", "RecoveryAdvisor", "LLMReasoningService"),
                    List.of(), List.of("position_recommendations")));

    private static Optional<Path> corpus() {
        return SharedCorpus.directory();
    }

    private static List<Path> documents() throws IOException {
        Optional<Path> corpus = corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "no shared/corpus folder next to the project");
        try (Stream<Path> files = Files.list(corpus.get())) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentParsesWithoutSurprises() throws IOException {
        return documents().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ParsedDocument parsed = new ArchitectureDocumentParser().parse(file);

            assertThat(parsed.findings()).noneMatch(v -> v.ruleId().equals("doc-unreadable"));
            assertThat(parsed.model().section(SectionKind.SERVICE_DEFINITIONS)).isPresent();
            assertThat(parsed.model().services()).isNotEmpty();
            assertThat(parsed.findings()).allSatisfy(v -> {
                assertThat(v.location().line()).isPositive();
                assertThat(v.message()).doesNotContain("\n").doesNotContain("Exception");
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachDocumentHasWhatAReaderFinds() throws IOException {
        return documents().stream().filter(f -> EXPECTED.containsKey(f.getFileName().toString()))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Expected expected = EXPECTED.get(file.getFileName().toString());
                    ParsedDocument parsed = new ArchitectureDocumentParser().parse(file);
                    var model = parsed.model();

                    Set<SectionKind> present = EnumSet.allOf(SectionKind.class);
                    present.removeAll(expected.missingSections());
                    assertThat(model.sections()).extracting(s -> s.kind()).containsAll(present);
                    assertThat(parsed.findings()).filteredOn(v -> v.ruleId().equals("doc-missing-section"))
                            .hasSize(expected.missingSections().size());

                    assertThat(model.services()).hasSizeGreaterThanOrEqualTo(expected.services())
                            .extracting(Service::name).containsAll(expected.serviceNames());
                    assertThat(model.endpoints()).hasSizeGreaterThanOrEqualTo(expected.endpoints())
                            .extracting(e -> e.method() + " " + e.path()).containsAll(expected.endpointNames());
                    assertThat(model.tables()).hasSizeGreaterThanOrEqualTo(expected.tables())
                            .extracting(Table::name).containsAll(expected.tableNames());
                    // nothing a reader would not find either: no wild over-counting
                    assertThat(model.services()).hasSizeLessThanOrEqualTo(expected.services() + 3);
                    assertThat(model.endpoints()).hasSizeLessThanOrEqualTo(expected.endpoints() * 2 + 2);
                }));
    }

    @TestFactory
    Stream<DynamicTest> noCorpusDocumentDeclaresATopicAReaderWouldNotFind() throws IOException {
        // the corpus names queues (Redis, Celery, RQ) but none declares an event table or a
        // "publishes `x`" bullet: whatever the topic reader takes from them would be a false positive
        return documents().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ParsedDocument parsed = new ArchitectureDocumentParser().parse(file);

            assertThat(parsed.model().topics()).isEmpty();
            assertThat(parsed.model().summary()).doesNotContain("topic");
        }));
    }

    @Test
    void endpointsOfTheCorpusBelongToTheServicesNamedByTheirSubHeadings() throws IOException {
        Path file = documents().stream().filter(f -> f.getFileName().toString().startsWith("02-")).findFirst().orElse(null);
        Assumptions.assumeTrue(file != null, "document 02 is not in the corpus");
        List<Endpoint> endpoints = new ArchitectureDocumentParser().parse(file).model().endpoints();

        assertThat(endpoints).filteredOn(e -> e.path().startsWith("/api/v1/research"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.service()).isEqualTo("Research Agent Service"));
        assertThat(endpoints).filteredOn(e -> e.path().startsWith("/api/v1/auto-fix"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.service()).isEqualTo("Auto-Fix Executor Service"));
    }

    /** What section 6 of a document chooses and which alternatives it names, as a reader finds them. */
    private record Stack(List<String> chosen, List<String> alternatives) {
    }

    private static final Map<String, Stack> STACKS = Map.of(
            "01-apec-job-manager-serverless-architecture.md", new Stack(
                    List.of("Puppeteer", "@sparticuz/chromium", "puppeteer-core", "Vercel Cron", "Vercel KV",
                            "Vercel Postgres", "Vercel Blob"),
                    List.of("chrome-aws-lambda", "Browserless.io", "Playwright", "Bright Data", "GitHub Actions",
                            "AWS EventBridge", "BullMQ", "Redis", "Redis Cloud", "DynamoDB", "Supabase", "PlanetScale",
                            "AWS S3", "Cloudinary")),
            "02-Magnus-ai-continuous-improvement-system.md", new Stack(
                    List.of("PostgreSQL", "LangChain", "APScheduler", "Sentence-Transformers"),
                    List.of("Raw OpenAI API", "Celery", "OpenAI Embeddings")),
            "03-Magnus-watchlist-data-integration.md", new Stack(
                    List.of("PostgreSQL", "psycopg2", "yFinance", "robin_stocks", "psycopg2.pool.ThreadedConnectionPool"),
                    List.of("Redis", "TimescaleDB", "Polygon.io", "Alpha Vantage", "CBOE API", "SQLAlchemy")),
            "04-brightears-admin-dashboard-architecture.md", new Stack(
                    List.of("Clerk Authentication", "Prisma ORM", "API Routes", "React Query", "Tailwind CSS"),
                    List.of("Separate React SPA", "Express Backend", "NextAuth.js", "Raw SQL", "Server Actions", "SWR",
                            "Chakra UI", "Material-UI")),
            "05-brightears-public-api-implementation-summary.md", new Stack(
                    List.of("Next.js API Routes", "Zod", "Prisma"),
                    List.of("GraphQL", "tRPC", "Express.js", "Redis", "Memcached", "API Gateway", "OAuth", "Yup", "Joi",
                            "Raw SQL", "TypeORM", "Drizzle")),
            "06-lex-vector-docker-implementation-plan.md", new Stack(
                    List.of("Docker Compose", "FastAPI", "python:3.11-slim", "Loki", "Prometheus", "Grafana", "Celery",
                            "Redis"),
                    List.of("Kubernetes", "Flask", "Django", "Alpine", "ELK Stack", "Datadog", "New Relic")),
            "07-Magnus-ava-telegram-bot-architecture.md", new Stack(
                    List.of("Webhooks", "Redis Queue", "asyncpg", "Redis"),
                    List.of("Long Polling", "Celery", "PGBouncer")),
            "08-Magnus-database-scan-architecture.md", new Stack(
                    List.of("asyncio", "aiohttp", "PostgreSQL", "Redis"),
                    List.of("Threading", "Multiprocessing", "concurrent.futures.ThreadPoolExecutor")),
            "09-Magnus-position-recommendations-architecture.md", new Stack(
                    List.of("mibian", "optlib", "vollib", "yfinance", "Redis", "PostgreSQL"),
                    List.of()));

    @TestFactory
    Stream<DynamicTest> section6ChoosesWhatAReaderFindsChosenAndRejectsTheAlternatives() throws IOException {
        return documents().stream().filter(f -> STACKS.containsKey(f.getFileName().toString()))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Stack expected = STACKS.get(file.getFileName().toString());
                    var technologies = new ArchitectureDocumentParser().parse(file).model().technologies();
                    List<String> chosen = technologies.stream().filter(t -> t.chosen()).map(t -> t.name()).toList();
                    List<String> rejected = technologies.stream().filter(t -> !t.chosen()).map(t -> t.name()).toList();

                    assertThat(chosen).containsAll(expected.chosen());
                    assertThat(rejected).containsAll(expected.alternatives()).doesNotContainAnyElementsOf(expected.chosen());
                    assertThat(chosen).filteredOn(expected.alternatives()::contains).isEmpty();
                    // no sentence of the justification is taken for a technology
                    assertThat(technologies).allSatisfy(t -> assertThat(t.name().split("\\s+").length).isLessThanOrEqualTo(4));
                    assertThat(chosen).hasSizeLessThanOrEqualTo(expected.chosen().size() * 2 + 2);
                }));
    }
}
