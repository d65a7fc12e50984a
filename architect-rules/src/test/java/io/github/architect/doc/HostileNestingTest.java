package io.github.architect.doc;

import io.github.architect.check.Violation;
import io.github.architect.model.Endpoint;
import io.github.architect.model.Service;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents that nest deeply or write odd endpoint paths: each is read on a thread with a small
 * stack (256 KB, a quarter of Java's default), so a reader that recursed once per level would fail.
 */
class HostileNestingTest {

    private static final int DEEP = 20_000;

    /** Runs on a thread with a 256 KB stack and returns what it returned, or fails with what it threw. */
    static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertThat(failure.get()).as("thrown on a small stack").isNull();
        return result.get();
    }

    private static ParsedDocument parseOnSmallStack(String markdown) throws InterruptedException {
        return onSmallStack(() -> Docs.parse(markdown));
    }

    /** Section 3 with one service before and one after the deep part, which must both be read. */
    private static String around(String deep) {
        return Docs.withApi("### Order Service\n\nTakes orders.\n\n" + deep + "\n\n### Billing Service\n\nBills.\n",
                "### Billing Service\n\n#### GET /invoices/{id}\n");
    }

    private static void assertReadWithNestingFindingAt(ParsedDocument parsed, int line) {
        assertThat(parsed.model().services()).extracting(Service::name).containsExactly("Order Service", "Billing Service");
        assertThat(parsed.model().endpoints()).extracting(Endpoint::path).containsExactly("/invoices/{id}");
        assertThat(parsed.findings()).filteredOn(v -> v.ruleId().equals("doc-unreadable")).isEmpty();
        assertThat(parsed.findings()).filteredOn(v -> v.ruleId().equals("doc-nesting")).singleElement()
                .satisfies(v -> {
                    assertThat(v.location().line()).isEqualTo(line);
                    assertThat(v.message()).contains("more than 32 levels deep at line " + line);
                });
    }

    @Test
    void blockquotesNestedThousandsDeepOnOneLineAreAFindingAtThatLine() throws InterruptedException {
        String doc = around(">".repeat(DEEP) + " quoted");
        assertReadWithNestingFindingAt(parseOnSmallStack(doc), Docs.lineOf(doc, ">>>>"));
    }

    @Test
    void blockquotesNestingOneLevelPerLineAreCutAtTheLineThatPassesTheCap() throws InterruptedException {
        StringBuilder deep = new StringBuilder();
        for (int level = 1; level <= 1_000; level++) {
            deep.append("> ".repeat(level)).append("level ").append(level).append('\n');
        }
        String doc = around(deep.toString());
        assertReadWithNestingFindingAt(parseOnSmallStack(doc), Docs.lineOf(doc, "level 33"));
    }

    @Test
    void listItemsNestedThousandsDeepAreAFindingAtTheirLine() throws InterruptedException {
        String doc = around("- ".repeat(DEEP) + "item\n" + "1. ".repeat(DEEP) + "numbered");
        assertReadWithNestingFindingAt(parseOnSmallStack(doc), Docs.lineOf(doc, "- - - -"));
    }

    @Test
    void listsNestedByIndentationAreReadWithoutDeepRecursion() throws InterruptedException {
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < 1_000; level++) {
            deep.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        ParsedDocument parsed = parseOnSmallStack(around(deep.toString()));

        assertThat(parsed.model().services()).extracting(Service::name).containsExactly("Order Service", "Billing Service");
        assertThat(parsed.findings()).filteredOn(v -> v.ruleId().equals("doc-unreadable")).isEmpty();
    }

    @Test
    void bracketsImagesAndLinksNestedThousandsDeepAreAFindingAtTheirLine() throws InterruptedException {
        String images = "![".repeat(DEEP) + "x" + "](u)".repeat(DEEP);
        String doc = around("Text before.\n\n" + images + "\n\n" + "[".repeat(DEEP) + "y" + "]".repeat(DEEP));
        assertReadWithNestingFindingAt(parseOnSmallStack(doc), Docs.lineOf(doc, "![!["));
    }

    @Test
    void emphasisNestedThousandsDeepIsReadWithoutAFinding() throws InterruptedException {
        String doc = around("*_".repeat(DEEP) + "x" + "_*".repeat(DEEP));
        ParsedDocument parsed = parseOnSmallStack(doc);

        assertThat(parsed.model().services()).hasSize(2);
        assertThat(parsed.findings()).extracting(Violation::ruleId).doesNotContain("doc-unreadable");
    }

    @Test
    void nestingBelowTheCapAndInsideCodeIsLeftAsWritten() {
        String nested = "> ".repeat(MarkdownNesting.MAX_DEPTH) + "quoted\n\n```json\n" + "[".repeat(200) + "\n```\n";
        MarkdownNesting capped = MarkdownNesting.cap(nested);

        assertThat(capped.cut()).isFalse();
        assertThat(capped.markdown()).isSameAs(nested);
    }

    @Test
    void cappingKeepsEveryLineAndColumn() {
        String deep = "intro\r\n" + "> ".repeat(40) + "text\n" + "[".repeat(40) + "x\rlast";
        MarkdownNesting capped = MarkdownNesting.cap(deep);

        assertThat(capped.firstCutLine()).isEqualTo(2);
        assertThat(capped.cutLines()).isEqualTo(2);
        assertThat(capped.markdown()).hasSameSizeAs(deep);
        assertThat(capped.markdown().split("\r\n|\r|\n")).hasSameSizeAs(deep.split("\r\n|\r|\n"));
        assertThat(capped.markdown()).endsWith("x\rlast").contains("text\n");
    }

    @Test
    void oddEndpointPathsAreFindingsAtTheirLineAndTheRestIsRead() throws InterruptedException {
        String longPath = "/a" + "/segment".repeat(1_000);
        String api = """
                ### Order Service

                #### GET /orders/{id

                #### POST /orders//lines

                #### PUT /orders/id}

                - DELETE %s

                | Method | Path |
                |--------|------|
                | PATCH | /orders/{id |

                #### GET /orders/{id}/lines

                #### GET /заказы/{номер}
                """.formatted(longPath);
        String doc = Docs.withApi("### Order Service\n", api);
        ParsedDocument parsed = parseOnSmallStack(doc);

        assertThat(parsed.model().endpoints()).extracting(e -> e.method() + " " + e.path())
                .containsExactly("GET /orders/{id}/lines", "GET /заказы/{номер}");
        List<Violation> odd = parsed.findings().stream().filter(v -> v.ruleId().equals("doc-endpoint-path")).toList();
        assertThat(odd).extracting(v -> v.location().line()).containsExactly(
                Docs.lineOf(doc, "GET /orders/{id"), Docs.lineOf(doc, "POST /orders//lines"),
                Docs.lineOf(doc, "PUT /orders/id}"), Docs.lineOf(doc, "- DELETE"), Docs.lineOf(doc, "| PATCH"));
        assertThat(odd.get(0).location().column()).isEqualTo("#### GET ".length() + 1);
        assertThat(odd).extracting(Violation::message).satisfiesExactly(
                m -> assertThat(m).contains("GET /orders/{id", "'{' without its '}'"),
                m -> assertThat(m).contains("empty segment"),
                m -> assertThat(m).contains("'}' without its '{'"),
                m -> assertThat(m).contains("characters (more than 2000)").hasSizeLessThan(300),
                m -> assertThat(m).contains("PATCH /orders/{id"));
    }

    @Test
    void aPathOfManyKilobytesAnywhereInSectionFourIsReadWithoutRecursion() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        lines.add("GET /" + "x".repeat(50_000));
        lines.add("GET /" + "<a>".repeat(20_000));
        lines.add("| GET | /" + "y".repeat(50_000) + " |");
        String doc = Docs.withApi("### Order Service\n", String.join("\n\n", lines) + "\n\n#### GET /fine\n");
        ParsedDocument parsed = parseOnSmallStack(doc);

        assertThat(parsed.model().endpoints()).extracting(Endpoint::path).containsExactly("/fine");
        assertThat(parsed.findings()).filteredOn(v -> v.ruleId().equals("doc-endpoint-path")).hasSize(3);
    }

    @Test
    void slashesAloneAreNoEndpointAndNoFinding() {
        String doc = Docs.withApi("### Order Service\n", "```js\nfetch(url) // GET // the list\n```\n");
        assertThat(Docs.parse(doc).findings()).extracting(Violation::ruleId).doesNotContain("doc-endpoint-path");
    }
}
