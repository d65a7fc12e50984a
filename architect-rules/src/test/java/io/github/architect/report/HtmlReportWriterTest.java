package io.github.architect.report;

import io.github.architect.check.Location;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportWriterTest {

    @TempDir
    Path root;

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isWellFormedAndSelfContained() throws Exception {
        String html = new HtmlReportWriter().render(ReportFixtures.report(root));

        Document doc = parse(html);

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(html).doesNotContain("<script", "<link", " src=", "@import", "url(http");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        assertThat(html).doesNotContain(root.toString());
    }

    @Test
    void showsSummaryFindingsByRuleAndByServiceWithBothLocations() throws Exception {
        String html = new HtmlReportWriter().render(ReportFixtures.report(root));

        assertThat(html).contains("3 services, 0 endpoints, 0 tables, 0 technologies")
                .contains("1 error<").contains("1 warning<").contains("2 rules checked")
                .contains("id=\"rule-undeclared-dependency\"")
                .contains("orders/src/main/java/com/acme/orders/OrderApi.java:12")
                .contains("architecture.md:20")
                .contains("Fix: Add &#39;Depends on: Billing Service&#39;");
        Document doc = parse(html);
        Element byService = doc.getElementById("by-service");
        assertThat(byService == null ? html.substring(html.indexOf("id=\"by-service\"")) : byService.getTextContent())
                .contains("Order Service (2)").contains("Catalog Service (0)").contains("Billing Service (0)");
    }

    @Test
    void drawsEdgesByKindWithUndeclaredInRed() throws Exception {
        Document doc = parse(new HtmlReportWriter().render(ReportFixtures.report(root)));

        NodeList lines = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line");
        assertThat(lines.getLength()).isEqualTo(3);
        List<String> classes = new java.util.ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            classes.add(((Element) lines.item(i)).getAttribute("class") + " " + lines.item(i).getTextContent());
        }
        assertThat(classes).containsExactlyInAnyOrder(
                "edge declared-unused Billing Service \u2192 Order Service: declared but unused",
                "edge undeclared Order Service \u2192 Billing Service: used but not declared",
                "edge declared-and-used Order Service \u2192 Catalog Service: declared and used");
        assertThat(new HtmlReportWriter().render(ReportFixtures.report(root))).contains(".edge.undeclared{stroke:#cf222e");
    }

    @Test
    void escapesEverythingFromTheCodeAndTheDocument() throws Exception {
        Violation hostile = Violation.builder(ReportFixtures.UNDECLARED)
                .at(Location.of(root.resolve("src/<b>.java"), 1, 1))
                .message("<script>alert('x')</script> & more").hint("\"quoted\"")
                .service("<img src=x onerror=alert(1)>").build();

        String html = new HtmlReportWriter().render(ReportFixtures.report(root, List.of(hostile), null));

        parse(html);
        assertThat(html).doesNotContain("<script>", "<img", "<b>.java")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("&quot;quoted&quot;");
    }
}
