package io.github.architect.fuzz;

import io.github.architect.boundaries.ServiceBoundariesCheck;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.DocumentRules;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.NoSqlCollection;
import io.github.architect.model.Column;
import io.github.architect.model.Dependency;
import io.github.architect.model.Endpoint;
import io.github.architect.model.ForeignKey;
import io.github.architect.model.Index;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import io.github.architect.model.Technology;
import io.github.architect.report.Report;
import io.github.architect.report.ReportFormat;
import io.github.architect.report.ReportWriter;
import io.github.architect.check.ServiceEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the document reader accepts, every check must accept (issue 17, item 4): a model built
 * by hand with what a hostile document could make the reader keep (names without letters or in
 * other scripts, empty names, paths with unbalanced braces, thousands of segments or globs, empty
 * tables and columns, odd base paths) goes through every check, the mapping's explanations and every
 * report without an exception, and its findings point into the document or the code.
 */
class ChecksAcceptAnyModelTest {

    @TempDir
    static Path temp;

    private static Codebase codebase;
    private static Path project;

    @BeforeAll
    static void writeBuild() {
        project = temp.resolve("shop");
        codebase = ShopFixture.write(project, temp.resolve("stubs"));
    }

    private static Position at(int line) {
        return Position.of(line, 1);
    }

    private static ArchitectureModel hostileModel(String basePath) {
        List<Service> services = List.of(
                new Service("", null, at(3), List.of(), List.of(), List.of()),
                new Service("~", "~", at(4), List.of("", "..", "com..example"), List.of("", "~"), List.of("")),
                new Service("~~", "", at(5), List.of(), List.of(), List.of("orders")),
                new Service("通知サービス", null, at(6), List.of(), List.of("catalog"), List.of()),
                new Service("Сервис уведомлений", null, at(7), List.of("com.example.shop.inventory.."), List.of(), List.of()),
                new Service("Order Service", "orders", at(8), List.of(), List.of(), List.of("orders", "")),
                new Service("{", null, at(9), List.of(), List.of(), List.of()));
        List<Dependency> dependencies = List.of(new Dependency("", "~~", at(10)), new Dependency("~~", "~~", at(11)),
                new Dependency("通知サービス", "Order Service", at(12)), new Dependency("Order Service", "nobody", at(13)),
                new Dependency("Order Service", "Сервис уведомлений", at(14)), new Dependency("{", "", at(15)));
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "{", "Order Service", at(20)),
                new Endpoint("POST", "/orders/{", "", at(21)),
                new Endpoint("GET", "", null, at(22)),
                new Endpoint("", "/x", "~~", at(23)),
                new Endpoint("get", "//", "通知サービス", at(24)),
                new Endpoint("PATCH", "/" + "a/".repeat(3_000), "Order Service", at(25)),
                new Endpoint("GET", "/**".repeat(30) + "/x", "Сервис уведомлений", at(26)),
                new Endpoint("GET", "/orders/{id:[0-9]{1,3", "Order Service", at(27)),
                new Endpoint("GET", "/orders?x={", "Order Service", at(28)),
                new Endpoint("DELETE", "/{}}}}/\\", "nobody", at(29)),
                new Endpoint("GET", "/products/{id}", "~", at(30)),
                new Endpoint("GET", "/сервис/通知/{ид}", "Сервис уведомлений", at(31)));
        List<Table> tables = List.of(
                new Table(null, "", List.of(), List.of(), List.of(), List.of(), "~~", at(40)),
                new Table("", "orders", List.of(new Column("", "", false, at(41)), new Column("id", "{", true, at(42))),
                        List.of("", "id"), List.of(new ForeignKey(List.of(), "", List.of(), at(43))),
                        List.of(new Index("", List.of(), true, at(44))), "", at(41)),
                new Table("schema", "products", List.of(new Column("price", "NUMERIC(", false, at(46))), List.of(),
                        List.of(new ForeignKey(List.of("x"), "nowhere", List.of("y", "z"), at(47))), List.of(),
                        "通知サービス", at(45)),
                new Table(null, "stock_items", List.of(), List.of(), List.of(), List.of(), null, at(48)));
        List<NoSqlCollection> collections = List.of(new NoSqlCollection("", List.of(""), "", at(50)),
                new NoSqlCollection("{", List.of(), "~~", at(51)));
        return ArchitectureModel.builder(project.resolve("architecture.md")).services(services)
                .dependencies(dependencies).endpoints(endpoints).tables(tables).collections(collections)
                .technologies(List.of(new Technology("", at(60)))).basePath(basePath)
                .sharedPackages(List.of("", "..", "~", "common")).build();
    }

    @Test
    void everyCheckAcceptsAHostileModel() {
        for (String basePath : new String[] {null, "/{", "//", "/api"}) {
            for (Map<String, String> options : List.of(Map.<String, String>of(), Map.of("basePath", "/{", "naming", "jpa"))) {
                List<Violation> findings = verify(hostileModel(basePath), options);

                assertThat(findings).isNotEmpty().allSatisfy(v -> {
                    assertThat(v.location().file()).isNotNull();
                    assertThat(v.message()).isNotBlank();
                });
                assertThat(findings).extracting(Violation::ruleId).contains("service-without-code");
            }
        }
    }

    /** Everything verify does with a model: mapping, every check on every module and the build, edges, reports. */
    private static List<Violation> verify(ArchitectureModel model, Map<String, String> options) {
        ServiceMapping mapping = ServiceMapper.map(model, codebase);
        CheckContext context = new CheckContext(model, codebase, mapping, options);
        Verifier verifier = new Verifier(StandardChecks.all(), SeverityPolicy.defaults());
        List<Violation> findings = new ArrayList<>();
        List<ServiceEdge> used = new ArrayList<>();
        for (CodeModule module : codebase.modules()) {
            findings.addAll(verifier.verifyModule(context, module));
            if (module.holdsCode()) {
                used.addAll(ServiceBoundariesCheck.usedServiceEdges(context, module));
            }
        }
        findings.addAll(verifier.verifyBuild(context));
        assertThat(mapping.describe()).isNotEmpty();
        model.services().forEach(mapping::whereLooked);
        List<Rule> rules = new ArrayList<>(DocumentRules.all());
        rules.addAll(verifier.rules());
        Report report = new Report("test", model, rules, findings, project, used);
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(ReportWriter.render(report, format)).isNotEmpty();
        }
        return findings;
    }
}
