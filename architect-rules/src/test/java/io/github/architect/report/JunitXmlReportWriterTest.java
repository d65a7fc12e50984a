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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JunitXmlReportWriterTest {

    @TempDir
    Path root;

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> testCases(Document doc) {
        NodeList nodes = doc.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    /** The first test case of a rule in a service's group: the rule's only one, or its first finding's. */
    private static Element testCase(Document doc, String service, String rule) {
        return testCases(doc).stream()
                .filter(e -> e.getAttribute("classname").equals("architect." + service))
                .filter(e -> e.getAttribute("name").equals(rule) || e.getAttribute("name").startsWith(rule + " "))
                .findFirst().orElseThrow();
    }

    @Test
    void hasOneTestCasePerRulePerServiceAndCountsFailingOnes() throws Exception {
        Document doc = parse(new JunitXmlReportWriter().render(ReportFixtures.report(root)));

        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        // Order, Catalog, Billing and the (build) group, times two rules
        assertThat(testCases(doc)).hasSize(8);
        assertThat(suite.getAttribute("tests")).isEqualTo("8");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(testCase(doc, "Catalog Service", "undeclared-dependency").getChildNodes().getLength()).isZero();
    }

    @Test
    void eachErrorIsItsOwnFailingTestCaseStartingWithFileAndLine() throws Exception {
        Report report = ReportFixtures.report(root, List.of(ReportFixtures.undeclared(root, 12),
                ReportFixtures.undeclared(root, 40)), null);

        Document doc = parse(new JunitXmlReportWriter().render(report));

        List<Element> failing = testCases(doc).stream()
                .filter(e -> e.getAttribute("classname").equals("architect.Order Service"))
                .filter(e -> e.getAttribute("name").startsWith("undeclared-dependency"))
                .toList();
        // one test case per finding: a CI view counts two failures, as the build log does
        assertThat(failing).hasSize(2);
        assertThat(failing).extracting(e -> e.getAttribute("name")).doesNotHaveDuplicates();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        Element first = failing.get(0);
        assertThat(first.getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("undeclared-dependency");
        assertThat(failure.getAttribute("message")).startsWith("Order Service uses Billing Service");
        assertThat(failure.getTextContent())
                .startsWith("orders/src/main/java/com/acme/orders/OrderApi.java:12: Order Service uses")
                .contains("Fix: Add 'Depends on: Billing Service'")
                .contains("Declared at: architecture.md:20");
        assertThat(first.getAttribute("file")).isEqualTo("orders/src/main/java/com/acme/orders/OrderApi.java");
        assertThat(first.getAttribute("line")).isEqualTo("12");
        Element second = failing.get(1);
        assertThat(second.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(second.getElementsByTagName("failure").item(0).getTextContent())
                .startsWith("orders/src/main/java/com/acme/orders/OrderApi.java:40:");
        assertThat(second.getAttribute("line")).isEqualTo("40");
    }

    @Test
    void twoFindingsAtTheSameLineStillGetTwoTestCasesWithDistinctNames() throws Exception {
        Report report = ReportFixtures.report(root, List.of(ReportFixtures.undeclared(root, 12),
                Violation.builder(ReportFixtures.UNDECLARED)
                        .at(Location.of(root.resolve("orders/src/main/java/com/acme/orders/OrderApi.java"), 12, 5))
                        .message("Order Service uses Catalog Service").service("Order Service").build()), null);

        Document doc = parse(new JunitXmlReportWriter().render(report));

        List<String> names = testCases(doc).stream()
                .filter(e -> e.getAttribute("classname").equals("architect.Order Service"))
                .map(e -> e.getAttribute("name"))
                .filter(n -> n.startsWith("undeclared-dependency"))
                .toList();
        assertThat(names).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void pathsInsideTheFixAreRelativeToTheProject() throws Exception {
        Violation withPathInHint = Violation.builder(ReportFixtures.UNDECLARED)
                .at(Location.of(root.resolve("architecture.md"), 3, 1)).message("m")
                .hint("Closest in the code: GET /a at " + Location.of(root.resolve("a/src/A.java"), 7, 2) + ".")
                .build();

        String xml = new JunitXmlReportWriter().render(ReportFixtures.report(root, List.of(withPathInHint), null));

        assertThat(xml).contains("Closest in the code: GET /a at a/src/A.java:[7,2].").doesNotContain(root.toString());
    }

    @Test
    void warningsAreListedButDoNotFail() throws Exception {
        Document doc = parse(new JunitXmlReportWriter().render(ReportFixtures.report(root)));

        Element warned = testCase(doc, "Order Service", "missing-endpoint");

        assertThat(warned.getElementsByTagName("failure").getLength()).isZero();
        assertThat(warned.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("warn: architecture.md:55: GET /orders/{id} is declared");
    }

    @Test
    void escapesMarkupInMessages() throws Exception {
        Violation nasty = Violation.builder(ReportFixtures.UNDECLARED)
                .at(Location.of(root.resolve("A.java"), 3, 1))
                .message("List<String> & \"quotes\" ]]> end").service("Order").build();

        Document doc = parse(new JunitXmlReportWriter().render(ReportFixtures.report(root, List.of(nasty), null)));

        Element failure = (Element) testCase(doc, "Order Service", "undeclared-dependency")
                .getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("List<String> & \"quotes\" ]]> end");
        assertThat(failure.getTextContent()).isEqualTo("A.java:3: List<String> & \"quotes\" ]]> end");
    }

    @Test
    void findingsWithoutServiceGoToTheBuildGroup() throws Exception {
        Violation docFinding = Violation.builder(ReportFixtures.UNDECLARED)
                .at(Location.of(root.resolve("architecture.md"), 3, 1)).message("m").build();

        Document doc = parse(new JunitXmlReportWriter().render(ReportFixtures.report(root, List.of(docFinding), null)));

        assertThat(testCase(doc, "(build)", "undeclared-dependency").getElementsByTagName("failure").getLength()).isEqualTo(1);
    }
}
