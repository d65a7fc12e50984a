package io.github.architect.engine;

import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs checks and applies the configured severities. */
public final class Verifier {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::location)
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::message);

    private final List<Check> checks;
    private final SeverityPolicy policy;
    private final CheckTimings timings = new CheckTimings();
    private final CheckThreads threads;

    /** Runs the checks one after the other in the calling thread. */
    public Verifier(List<Check> checks, SeverityPolicy policy) {
        this(checks, policy, CheckThreads.none());
    }

    /** Runs the checks of one module (or of the build) side by side on {@code threads}. */
    Verifier(List<Check> checks, SeverityPolicy policy, CheckThreads threads) {
        this.checks = List.copyOf(checks);
        this.policy = policy;
        this.threads = threads;
    }

    /** How long each check took so far, per module and for the build. */
    public CheckTimings timings() {
        return timings;
    }

    public List<Check> checks() {
        return checks;
    }

    public SeverityPolicy policy() {
        return policy;
    }

    public List<Rule> rules() {
        return checks.stream().flatMap(c -> c.rules().stream()).toList();
    }

    /** Findings about one module's code, sorted by location. */
    public List<Violation> verifyModule(CheckContext context, CodeModule module) {
        if (!module.holdsCode()) {
            return List.of();
        }
        return run(check -> timings.time(name(check), "module " + module.artifactId(),
                () -> check.checkModule(context, module)));
    }

    /** Findings of some of the checks about one module's code, sorted by location. */
    public List<Violation> verifyModule(CheckContext context, CodeModule module, List<Check> some) {
        if (!module.holdsCode()) {
            return List.of();
        }
        return applyPolicy(each(some, check -> timings.time(name(check), "module " + module.artifactId(),
                () -> check.checkModule(context, module))));
    }

    /** Findings in the order every report lists them: by location, then rule. */
    public static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().sorted(ORDER).toList();
    }

    /** Findings about the whole build, sorted by location. */
    public List<Violation> verifyBuild(CheckContext context) {
        return run(check -> timings.time(name(check), "build", () -> check.checkBuild(context)));
    }

    /** The configured severities applied to findings made elsewhere (the document's own). */
    public List<Violation> applyPolicy(List<Violation> violations) {
        return violations.stream().map(policy::apply).flatMap(Optional::stream).sorted(ORDER).toList();
    }

    static String name(Check check) {
        return check.getClass().getSimpleName();
    }

    private List<Violation> run(Function<Check, List<Violation>> step) {
        return applyPolicy(each(checks, step));
    }

    /** Every check's findings, side by side when there are threads; sorted after, so the order is the same. */
    private List<Violation> each(List<Check> some, Function<Check, List<Violation>> step) {
        List<Supplier<List<Violation>>> work = some.stream()
                .<Supplier<List<Violation>>>map(check -> () -> step.apply(check)).toList();
        return threads.all(work).stream().flatMap(List::stream).toList();
    }
}
