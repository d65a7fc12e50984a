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
}
