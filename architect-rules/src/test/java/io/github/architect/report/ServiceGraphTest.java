package io.github.architect.report;

import io.github.architect.check.ServiceEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceGraphTest {

    @TempDir
    Path root;

    @Test
    void classifiesEdgesByDeclaredAndUsed() {
        ServiceGraph graph = ServiceGraph.of(ReportFixtures.report(root));

        assertThat(graph.services()).containsExactly("Order Service", "Catalog Service", "Billing Service");
        assertThat(graph.edges()).containsExactly(
                new ServiceGraph.Edge("Billing Service", "Order Service", EdgeKind.DECLARED_UNUSED),
                new ServiceGraph.Edge("Order Service", "Billing Service", EdgeKind.UNDECLARED),
                new ServiceGraph.Edge("Order Service", "Catalog Service", EdgeKind.DECLARED_AND_USED));
    }

    @Test
    void withoutUsageInformationDeclaredEdgesGetNoVerdict() {
        ServiceGraph graph = ServiceGraph.of(ReportFixtures.report(root, List.of(), null));

        assertThat(graph.edges()).extracting(ServiceGraph.Edge::kind).containsOnly(EdgeKind.DECLARED);
    }

    @Test
    void undeclaredDependencyFindingsProveUsedEdges() {
        List<ServiceEdge> edges = ServiceGraph.edgesFromViolations(ReportFixtures.model(root),
                List.of(ReportFixtures.undeclared(root, 1), ReportFixtures.missingEndpoint(root)));

        assertThat(edges).containsExactly(new ServiceEdge("Order Service", "Billing Service"));
    }

    @Test
    void usedEdgesToUndeclaredServicesAddThoseServices() {
        ServiceGraph graph = ServiceGraph.of(ReportFixtures.report(root, List.of(),
                List.of(new ServiceEdge("Catalog", "Legacy ERP"))));

        assertThat(graph.services()).endsWith("Legacy ERP");
        assertThat(graph.edges()).contains(new ServiceGraph.Edge("Catalog Service", "Legacy ERP", EdgeKind.UNDECLARED));
    }
}
