package io.github.architect.baseline;

import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineLedgerTest {

    @TempDir
    Path root;

    private Violation finding(String module, String subject) {
        return Violation.builder("undeclared-dependency", Severity.ERROR)
                .at(Location.of(root.resolve(module + "/src/main/java/A.java"), 1, 1)).message(subject)
                .subjects(subject).build();
    }

    @Test
    void batchesFromSeveralModulesUseUpOneBaselineAndLeaveTheRestStale() {
        Baseline baseline = Baseline.of(List.of(finding("orders", "a"), finding("billing", "b"),
                finding("catalog", "c")), root);
        BaselineLedger ledger = new BaselineLedger(baseline, root);

        BaselineMatch orders = ledger.match(List.of(finding("orders", "a"), finding("orders", "new")));
        BaselineMatch billing = ledger.match(List.of(finding("billing", "b")));

        assertThat(orders.newFindings()).extracting(Violation::message).containsExactly("new");
        assertThat(billing.newFindings()).isEmpty();
        assertThat(ledger.accepted()).isEqualTo(2);
        assertThat(ledger.stale()).extracting(BaselineEntry::file).containsExactly("catalog/src/main/java/A.java");
    }
}
