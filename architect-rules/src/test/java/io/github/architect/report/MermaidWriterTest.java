package io.github.architect.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidWriterTest {

    @TempDir
    Path root;

    @Test
    void writesAFlowchartWithEdgesByKindAndUndeclaredInRed() {
        String mmd = new MermaidWriter().render(ReportFixtures.report(root));

        assertThat(mmd.lines()).containsExactly(
                "flowchart LR",
                "    Order_Service[\"Order Service\"]",
                "    Catalog_Service[\"Catalog Service\"]",
                "    Billing_Service[\"Billing Service\"]",
                "    Billing_Service -. unused .-> Order_Service",
                "    Order_Service == undeclared ==> Billing_Service",
                "    Order_Service --> Catalog_Service",
                "    linkStyle 1 stroke:#cf222e,stroke-width:3px,color:#cf222e");
    }
}
