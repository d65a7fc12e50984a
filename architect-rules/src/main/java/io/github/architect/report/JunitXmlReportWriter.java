package io.github.architect.report;

import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.model.Service;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code TEST-architect.xml}: JUnit XML for the test report views of Jenkins, GitLab and GitHub.
 *
 * <p>Test cases are grouped per service ({@code classname} "architect.&lt;service&gt;"), plus a "(build)"
 * group for findings that belong to no service. Each finding is its own test case, named by its rule id
 * and {@code file:line}, so a CI view counts as many failures as the build log shows errors: an ERROR
 * finding holds one {@code <failure>} whose text starts with {@code file:line}; warnings and notes do
 * not fail the build, so their test case passes and lists them in {@code <system-out>}. A rule without
 * findings in a group is one passing test case named by the rule id: the view reads as a checklist.
 */
final class JunitXmlReportWriter {

    public static final String NO_SERVICE = "(build)";

    public String render(Report report) {
        return TextOut.asString(out -> render(report, out), 16);
    }

    /** The same text as {@link #render(Report)}, written to {@code out}, which is left open. */
    public void render(Report report, java.io.Writer out) throws java.io.IOException {
        // findings sorted into their test cases in one pass: a filter per case costs cases x findings
        Map<String, Map<String, List<Violation>>> byGroupAndRule = new LinkedHashMap<>();
        if (report.model() != null) {
            report.model().services().forEach(s -> byGroupAndRule.putIfAbsent(s.name(), new HashMap<>()));
        }
        for (Violation v : report.violations()) {
            byGroupAndRule.computeIfAbsent(groupOf(report, v), g -> new HashMap<>())
                    .computeIfAbsent(v.ruleId(), r -> new ArrayList<>()).add(v);
        }
        byGroupAndRule.putIfAbsent(NO_SERVICE, new HashMap<>());
        List<Rule> rules = report.allRules();
        List<TestCase> cases = new ArrayList<>();
        byGroupAndRule.forEach((group, byRule) -> {
            for (Rule rule : rules) {
                List<Violation> findings = byRule.getOrDefault(rule.id(), List.of());
                if (findings.isEmpty()) {
                    cases.add(new TestCase(group, rule.id(), null));
                }
                Set<String> names = new HashSet<>();
                for (Violation finding : findings) {
                    String name = rule.id() + " " + where(report, finding.location());
                    // a CI view merges test cases of one class with the same name: keep each finding apart
                    String unique = name;
                    for (int n = 2; !names.add(unique); n++) {
                        unique = name + " (" + n + ")";
                    }
                    cases.add(new TestCase(group, unique, finding));
                }
            }
        });
        long failing = cases.stream().filter(TestCase::fails).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "architect");
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failing));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            for (TestCase testCase : cases) {
                newline(xml, 1);
                write(xml, report, testCase);
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close(); // leaves out open
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    /** One test case: a finding, or, with {@code finding} null, a rule the group does not break. */
    private record TestCase(String group, String name, Violation finding) {
        boolean fails() {
            return finding != null && finding.severity() == Severity.ERROR;
        }
    }

    private static void write(XMLStreamWriter xml, Report report, TestCase testCase) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "architect." + testCase.group());
        xml.writeAttribute("name", testCase.name());
        xml.writeAttribute("time", "0");
        Violation v = testCase.finding();
        if (v == null) {
            xml.writeEndElement();
            return;
        }
        xml.writeAttribute("file", report.displayPath(v.location().file()));
        if (v.location().line() > 0) {
            xml.writeAttribute("line", Integer.toString(v.location().line()));
        }
        newline(xml, 2);
        if (v.severity() == Severity.ERROR) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", v.ruleId());
            xml.writeAttribute("message", report.displayText(v.message()));
            xml.writeCharacters(describe(report, v));
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(v.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + describe(report, v) + "\n");
        }
        xml.writeEndElement();
        newline(xml, 1);
        xml.writeEndElement();
    }

    /** "path:line: message", the hint and the document side, one per line. */
    static String describe(Report report, Violation v) {
        StringBuilder text = new StringBuilder(where(report, v.location())).append(": ")
                .append(report.displayText(v.message()));
        if (!v.hint().isBlank()) {
            text.append("\nFix: ").append(report.displayText(v.hint()));
        }
        if (v.documentLocation() != null) {
            text.append("\nDeclared at: ").append(where(report, v.documentLocation()));
        }
        return text.toString();
    }

    static String where(Report report, io.github.architect.check.Location location) {
        String path = report.displayPath(location.file());
        return location.line() > 0 ? path + ":" + location.line() : path;
    }

    private static String groupOf(Report report, Violation v) {
        if (v.service() == null) {
            return NO_SERVICE;
        }
        return report.model() == null ? v.service()
                : report.model().service(v.service()).map(Service::name).orElse(v.service());
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
