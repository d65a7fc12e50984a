package io.github.architect.check;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContractMatchingTest {

    @Test
    void aCodeItemIsUndeclaredElsewhereOrDeclared() {
        assertThat(ContractMatching.of(List.<String>of(), d -> true))
                .isEqualTo(new ContractMatching.Match<String>(ContractMatching.Standing.UNDECLARED, null));
        assertThat(ContractMatching.of(List.of("orders:GET /a", "billing:GET /a"), d -> d.startsWith("shop:")))
                .isEqualTo(new ContractMatching.Match<>(ContractMatching.Standing.ELSEWHERE, "orders:GET /a"));
        assertThat(ContractMatching.of(List.of("orders:GET /a", "billing:GET /a"), d -> d.startsWith("billing:")))
                .isEqualTo(new ContractMatching.Match<>(ContractMatching.Standing.DECLARED, "orders:GET /a"));
    }

    @Test
    void unaccountedDeclarationsComeInTheDocumentsOrderWithTheirIndex() {
        List<String> reported = new ArrayList<>();
        ContractMatching.eachUnaccounted(List.of("c", "a", "b", "a"), Set.of("b")::contains,
                (declared, i) -> reported.add(i + ":" + declared));

        assertThat(reported).containsExactly("0:c", "1:a", "3:a");
    }

    @Test
    void aRepeatedDeclarationIsReportedOnceWhenKeyed() {
        List<String> reported = new ArrayList<>();
        ContractMatching.eachUnaccounted(List.of("Query.a", "query.A", "Query.b", "Query.c"), Set.of("Query.b")::contains,
                (String d) -> d.toLowerCase(), (declared, i) -> reported.add(i + ":" + declared));

        assertThat(reported).containsExactly("0:Query.a", "3:Query.c");
    }

    @Test
    void anUnparseableFileNamesItselfAndWhatIsNotChecked() {
        Rule rule = new Rule("unparseable-x", Severity.WARN, "title", "help text", "Fix the syntax error.");

        Violation finding = ContractMatching.unparseable(rule, Location.of(Path.of("src", "A.java"), 3, 7),
                "';' expected", "the endpoints it may declare");

        assertThat(finding.message()).isEqualTo("Cannot parse A.java: ';' expected; the endpoints it may declare are not checked");
        assertThat(finding.hint()).isEqualTo(rule.help());
        assertThat(finding.location()).isEqualTo(Location.of(Path.of("src", "A.java"), 3, 7));
    }
}
