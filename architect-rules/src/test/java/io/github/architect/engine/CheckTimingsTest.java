package io.github.architect.engine;

import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier times every check on every module and on the build, for -X and timings.json. */
class CheckTimingsTest {

    @TempDir
    Path root;

    /** Takes a known, measurable time on each module. */
    static final class SlowCheck implements Check {
        @Override
        public List<Rule> rules() {
            return List.of(new Rule("slow", Severity.INFO, "slow", "slow", "slow"));
        }

        @Override
        public List<Violation> checkModule(CheckContext context, CodeModule module) {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }
    }

    /** Does nothing at all. */
    static final class QuickCheck implements Check {
        @Override
        public List<Rule> rules() {
            return List.of(new Rule("quick", Severity.INFO, "quick", "quick", "quick"));
        }
    }

    @Test
    void eachCheckIsTimedPerModuleAndForTheBuild() throws IOException {
        CodeModule orders = CodeModule.conventional("orders", root.resolve("orders"));
        CodeModule catalog = CodeModule.conventional("catalog", root.resolve("catalog"));
        ArchitectureModel model = ArchitectureModel.builder(root.resolve("architecture.md")).build();
        CheckContext context = new CheckContext(model, Codebase.of(root, orders, catalog), ServiceMap.none(), Map.of());
        Verifier verifier = new Verifier(List.of(new SlowCheck(), new QuickCheck()), SeverityPolicy.defaults());

        verifier.verifyModule(context, orders);
        verifier.verifyModule(context, catalog, List.of(verifier.checks().get(0)));
        verifier.verifyBuild(context);

        CheckTimings timings = verifier.timings();
        assertThat(timings.all()).extracting(t -> t.step() + " on " + t.scope()).containsExactly(
                "SlowCheck on module orders", "QuickCheck on module orders", "SlowCheck on module catalog",
                "SlowCheck on build", "QuickCheck on build");
        assertThat(timings.totals().get("SlowCheck")).isGreaterThanOrEqualTo(80_000_000L);
        assertThat(timings.totals().get("QuickCheck")).isLessThan(timings.totals().get("SlowCheck"));
        assertThat(timings.lines()).first().asString().matches("SlowCheck: [0-9]+\\.[0-9] ms in total");

        Path file = root.resolve("target/architect/timings.json");
        timings.write(file);
        String json = Files.readString(file);
        assertThat(json).startsWith("{\n  \"steps\": [\n    {\"step\": \"SlowCheck\", \"milliseconds\": ")
                .contains("{\"scope\": \"module orders\", \"milliseconds\": ", "{\"scope\": \"build\", \"milliseconds\": ")
                .contains("{\"step\": \"QuickCheck\"");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("steps")).hasSize(2);
    }
}
