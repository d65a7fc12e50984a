package io.github.architect.report;

import io.github.architect.check.ServiceEdge;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import io.github.architect.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventFlowDiagramTest {

    @TempDir
    Path root;

    private Report report() {
        ArchitectureModel base = ReportFixtures.model(root);
        ArchitectureModel model = base.toBuilder().topics(List.of(
                        new Topic("invoice.issued", "topic", List.of("Billing Service"), List.of("Order", "Data Lake"),
                                Position.of(50, 3)),
                        new Topic("invoice.voided", "topic", List.of("Billing"), List.of("Order Service"), Position.of(51, 3)),
                        new Topic("partner.feed", "queue", List.of("Acme"), List.of("Catalog"), Position.of(52, 3))))
                .build();
        return new Report("0.1.0-SNAPSHOT", model, List.of(ReportFixtures.UNDECLARED), List.of(), root,
                List.of(new ServiceEdge("Order", "Catalog")));
    }

    @Test
    void declaredEventFlowsAreDrawnProducerToConsumerInTheirOwnStyle() throws Exception {
        String html = new HtmlReportWriter().render(report());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        NodeList lines = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line");
        List<String> events = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (line.getAttribute("class").contains("event-flow")) {
                events.add(line.getAttribute("class") + " " + line.getTextContent());
            }
        }
        // one edge per service pair with every topic; outside parties (Data Lake, Acme) are not drawn
        assertThat(events).containsExactly(
                "edge event-flow Billing Service \u2192 Order Service: events invoice.issued, invoice.voided");
        assertThat(html).contains(".edge.event-flow{stroke:#8250df;stroke-dasharray:2 4")
                .contains("event flow (producer \u2192 consumer)")
                .contains("3 services, 0 endpoints, 0 tables, 0 technologies, 3 topics");
    }

    @Test
    void aDocumentWithoutTopicsDrawsNoEventFlowAndNoLegendForThem() {
        String html = new HtmlReportWriter().render(ReportFixtures.report(root));

        assertThat(html).doesNotContain("class=\"edge event-flow\"").doesNotContain("event flow (")
                .contains("3 services, 0 endpoints, 0 tables, 0 technologies").doesNotContain("technologies, ");
        assertThat(ServiceGraph.of(ReportFixtures.report(root)).events()).isEmpty();
    }

    @Test
    void theJsonReportCountsTopicsInItsSummary() {
        String json = new JsonReportWriter().render(report());

        assertThat(json).contains("0 technologies, 3 topics");
    }

    @Test
    void theEventFlowsOfTheGraphNameServicesOnly() {
        assertThat(ServiceGraph.of(report()).events()).containsExactly(new ServiceGraph.EventFlow("Billing Service",
                "Order Service", List.of("invoice.issued", "invoice.voided")));
        assertThat(ServiceGraph.of(report()).services()).doesNotContain("Data Lake", "Acme");
    }
}
