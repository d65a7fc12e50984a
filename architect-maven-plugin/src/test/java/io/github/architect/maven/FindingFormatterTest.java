package io.github.architect.maven;

import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingFormatterTest {

    private static final Path SOURCE = Path.of("/project/orders/src/main/java/com/acme/orders/OrderService.java");
    private static final Path DOCUMENT = Path.of("/project/architecture.md");

    private static Violation violation(Severity severity) {
        return Violation.builder("undeclared-dependency", severity)
                .at(Location.of(SOURCE, 12, 5))
                .message("Orders uses Inventory (com.acme.inventory.StockClient), but the document declares no such dependency")
                .hint("Add Inventory to the Dependencies line of Orders, or remove the call")
                .documentLocation(Location.of(DOCUMENT, 40, 1))
                .build();
    }

    @Test
    void anErrorIsACompilerStyleLineThenWhereTheDocumentSaysOtherwiseThenTheHint() {
        List<LogLine> lines = new FindingFormatter(true).lines(violation(Severity.ERROR));

        assertThat(lines).containsExactly(
                new LogLine(LogLevel.ERROR, SOURCE + ":[12,5] undeclared-dependency Orders uses Inventory "
                        + "(com.acme.inventory.StockClient), but the document declares no such dependency"),
                new LogLine(LogLevel.ERROR, "  -> declared at " + DOCUMENT + ":[40,1]"),
                new LogLine(LogLevel.ERROR, "  -> Add Inventory to the Dependencies line of Orders, or remove the call"));
    }

    @Test
    void errorsArePrintedAsWarningsWhenTheyDoNotFailTheBuild() {
        assertThat(new FindingFormatter(false).lines(violation(Severity.ERROR)))
                .extracting(LogLine::level).containsOnly(LogLevel.WARN);
    }

    @Test
    void warningsAndInfosKeepTheirLevel() {
        assertThat(new FindingFormatter(true).lines(violation(Severity.WARN))).extracting(LogLine::level)
                .containsOnly(LogLevel.WARN);
        assertThat(new FindingFormatter(true).lines(violation(Severity.INFO))).extracting(LogLine::level)
                .containsOnly(LogLevel.INFO);
    }

    @Test
    void aDocumentFindingWithoutHintIsOneLinePointingIntoTheDocument() {
        Violation finding = Violation.builder("doc-sql", Severity.ERROR).at(Location.of(DOCUMENT, 88, 1))
                .message("CREATE TABLE orders does not parse: unexpected token ')'").build();

        assertThat(new FindingFormatter(true).lines(finding)).containsExactly(new LogLine(LogLevel.ERROR,
                DOCUMENT + ":[88,1] doc-sql CREATE TABLE orders does not parse: unexpected token ')'"));
    }

    @Test
    void countsErrorsOnly() {
        assertThat(FindingFormatter.errors(List.of(violation(Severity.ERROR), violation(Severity.WARN),
                violation(Severity.ERROR)))).isEqualTo(2);
        assertThat(FindingFormatter.count(1, "error")).isEqualTo("1 error");
        assertThat(FindingFormatter.count(3, "error")).isEqualTo("3 errors");
    }

    private static Violation numbered(String rule, Severity severity, int n) {
        return Violation.builder(rule, severity).at(Location.of(DOCUMENT, n, 1)).message("finding " + n).build();
    }

    @Test
    void printsTheFirstFindingsOfEachRuleThenHowManyMoreWereNotPrinted() {
        List<Violation> findings = new java.util.ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            findings.add(numbered("service-without-code", Severity.WARN, n));
            findings.add(numbered("unmapped-table", Severity.WARN, 100 + n));
        }
        findings.add(numbered("undeclared-dependency", Severity.ERROR, 200));
        findings.add(numbered("service-without-code", Severity.ERROR, 300));

        List<LogLine> lines = new FindingFormatter(true).lines(findings, 2);

        assertThat(lines).extracting(LogLine::text).containsExactly(
                DOCUMENT + ":[1,1] service-without-code finding 1",
                DOCUMENT + ":[101,1] unmapped-table finding 101",
                DOCUMENT + ":[2,1] service-without-code finding 2",
                DOCUMENT + ":[102,1] unmapped-table finding 102",
                DOCUMENT + ":[200,1] undeclared-dependency finding 200",
                "... and 4 more service-without-code findings not printed (the first 2 of each rule are):"
                        + " the reports list them all, -X or -Darchitect.maxPrintedPerRule=0 prints them all",
                "... and 3 more unmapped-table findings not printed (the first 2 of each rule are):"
                        + " the reports list them all, -X or -Darchitect.maxPrintedPerRule=0 prints them all");
        assertThat(lines.get(5).level()).as("an error among those not printed").isEqualTo(LogLevel.ERROR);
        assertThat(lines.get(6).level()).isEqualTo(LogLevel.WARN);
    }

    @Test
    void noLimitPrintsEveryFinding() {
        List<Violation> findings = java.util.stream.IntStream.rangeClosed(1, 150)
                .mapToObj(n -> numbered("service-without-code", Severity.ERROR, n)).toList();

        assertThat(new FindingFormatter(true).lines(findings, 0)).hasSize(150)
                .isEqualTo(new FindingFormatter(true).lines(findings));
        assertThat(new FindingFormatter(true).lines(findings, 150)).isEqualTo(new FindingFormatter(true).lines(findings));
    }
}
