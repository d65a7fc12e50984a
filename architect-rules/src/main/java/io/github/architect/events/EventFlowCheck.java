package io.github.architect.events;

import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.ContractMatching;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Service;
import io.github.architect.model.Topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compares the topics, queues and channels the code produces to and consumes from with those the
 * document declares, and with who the document says produces and consumes each.
 */
public final class EventFlowCheck implements Check {

    public static final Rule UNDECLARED = new Rule("undeclared-topic", Severity.ERROR,
            "Topic or queue not declared in the document",
            "The code produces to or consumes from a topic, queue, exchange or channel that the architecture"
                    + " document does not name: an event flow nobody designed.",
            "Declare it in an event table (Topic | Producer | Consumer) or a \"publishes\"/\"consumes\" bullet"
                    + " of the service, or remove the code.");
    public static final Rule WRONG_PRODUCER = new Rule("topic-wrong-producer", Severity.ERROR,
            "Service produces to a topic it is not declared to produce",
            "The document declares the topic, but not this service among its producers.",
            "Add the service to the topic's producers in the document, or move the producing code.");
    public static final Rule WRONG_CONSUMER = new Rule("topic-wrong-consumer", Severity.ERROR,
            "Service consumes a topic it is not declared to consume",
            "The document declares the topic, but not this service among its consumers.",
            "Add the service to the topic's consumers in the document, or move the listener.");
    public static final Rule NOT_USED = new Rule("topic-not-used", Severity.WARN,
            "Declared topic not used by any code",
            "The document declares a topic, queue or channel that no code of the build produces to or consumes"
                    + " from. Checked once per full build.",
            "Implement the producer or consumer, or remove the topic from the document.");
    public static final Rule UNRESOLVED = new Rule("unresolved-topic", Severity.INFO,
            "Topic not known statically",
            "A listener, send or binding names its destination through something outside the project's sources"
                    + " or computed at run time, so it is not compared with the document.",
            "Use literals, constants of the project's sources, or placeholders with a value in"
                    + " application.properties/yml or a default.");
    public static final Rule UNPARSEABLE = new Rule("unparseable-messaging-source", Severity.WARN,
            "Messaging source cannot be read",
            "A Java source or configuration file that may hold listeners or sends cannot be parsed, so its"
                    + " topics are not checked.",
            "Fix the syntax error (architect parses Java up to version 25).");

    @Override
    public List<Rule> rules() {
        return List.of(UNDECLARED, WRONG_PRODUCER, WRONG_CONSUMER, NOT_USED, UNRESOLVED, UNPARSEABLE);
    }

    @Override
    public List<Violation> checkModule(CheckContext context, CodeModule module) {
        MessagingScan scan = scan(context, module);
        Declared declared = declared(context.model());
        List<Violation> violations = new ArrayList<>();
        for (CodeTopic code : scan.topics()) {
            Optional<Service> service = context.services().serviceOf(module, code.className() == null ? "" : code.className());
            ContractMatching.Match<Topic> match = ContractMatching.of(declared.matching(code),
                    t -> service.isEmpty() || declares(t, code.role(), service.get()));
            switch (match.standing()) {
                case UNDECLARED -> violations.add(undeclared(code, service));
                case ELSEWHERE -> violations.add(wrongParty(code, match.first(), service.get(), context.model()));
                case DECLARED -> { }
            }
        }
        for (UnresolvedTopic unresolved : scan.unresolved()) {
            violations.add(Violation.builder(UNRESOLVED).at(unresolved.location())
                    .message("The destination of " + unresolved.origin() + " cannot be resolved statically ("
                            + unresolved.reason() + "), so it is not compared with the document")
                    .hint(UNRESOLVED.help())
                    .service(unresolved.className() == null ? null
                            : context.services().serviceOf(module, unresolved.className()).map(Service::name).orElse(null))
                    .subjects(unresolved.origin())
                    .build());
        }
        for (MessagingScan.Problem problem : scan.problems()) {
            violations.add(ContractMatching.unparseable(UNPARSEABLE, problem.location(), problem.message(),
                    "the topics it may use"));
        }
        return violations;
    }

    @Override
    public List<Violation> checkBuild(CheckContext context) {
        Declared declared = declared(context.model());
        if (declared.topics().isEmpty()) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        int unresolved = 0;
        for (CodeModule module : codeModules(context.codebase())) {
            MessagingScan scan = scan(context, module);
            unresolved += scan.unresolved().size();
            for (CodeTopic code : scan.topics()) {
                declared.matching(code).forEach(t -> used.add(t.key()));
            }
        }
        List<Violation> violations = new ArrayList<>();
        int unresolvedCount = unresolved;
        ContractMatching.eachUnaccounted(declared.topics(), t -> used.contains(t.key()),
                (topic, i) -> violations.add(notUsed(topic, unresolvedCount, context.model())));
        return violations;
    }

    private static Violation notUsed(Topic topic, int unresolved, ArchitectureModel model) {
        return Violation.builder(NOT_USED).at(Location.of(model.document(), topic.position()))
                .message("The " + topic.kind() + " `" + topic.name() + "` is declared" + parties(topic)
                        + " but no code of the build produces to or consumes from it")
                .hint("Implement " + (topic.producers().isEmpty() ? "its consumer" : "its producer")
                        + ", or remove it from the document."
                        + (unresolved == 0 ? "" : " " + unresolved + " destination(s) of the code could not be"
                        + " resolved statically (unresolved-topic, in the reports): one of them may be it."))
                .subjects(topic.name())
                .build();
    }

    private static String parties(Topic topic) {
        String producers = topic.producers().isEmpty() ? "" : " produced by " + String.join(", ", topic.producers());
        String consumers = topic.consumers().isEmpty() ? "" : (producers.isEmpty() ? " " : " and ")
                + "consumed by " + String.join(", ", topic.consumers());
        return producers + consumers;
    }

    private static List<CodeModule> codeModules(Codebase codebase) {
        return codebase.modules().stream().filter(CodeModule::holdsCode).toList();
    }

    private static boolean declares(Topic topic, MessagingRole role, Service service) {
        List<String> parties = role == MessagingRole.PRODUCES ? topic.producers() : topic.consumers();
        return parties.stream().anyMatch(service::isNamed);
    }

    private static Violation undeclared(CodeTopic code, Optional<Service> service) {
        String serviceText = service.map(s -> " (service " + s.name() + ")").orElse("");
        String party = service.map(s -> " with " + s.name() + " as " + code.role().noun()).orElse("");
        return Violation.builder(UNDECLARED).at(code.location())
                .message(code.origin() + serviceText + " " + code.role().verb() + " " + code.technology() + " "
                        + code.display() + " but the architecture document declares no such topic, queue or channel")
                .hint("Declare `" + code.names().get(code.names().size() - 1) + "`" + party
                        + " in an event table (Topic | Producer | Consumer) of section 4, or remove the code.")
                .service(service.map(Service::name).orElse(null))
                .subjects(code.role().name(), code.display())
                .build();
    }

    private static Violation wrongParty(CodeTopic code, Topic topic, Service service, ArchitectureModel model) {
        boolean producing = code.role() == MessagingRole.PRODUCES;
        List<String> parties = producing ? topic.producers() : topic.consumers();
        String declaredParties = parties.isEmpty() ? "declares no " + code.role().noun()
                : "declares " + code.role().noun() + (parties.size() == 1 ? " " : "s ") + String.join(", ", parties);
        return Violation.builder(producing ? WRONG_PRODUCER : WRONG_CONSUMER).at(code.location())
                .message(code.origin() + " (service " + service.name() + ") " + code.role().verb() + " " + code.technology()
                        + " " + code.display() + " but the document " + declaredParties + " for `" + topic.name() + "`")
                .hint("Add " + service.name() + " to the " + code.role().noun() + "s of `" + topic.name()
                        + "` in the document, or move this code to a declared " + code.role().noun() + ".")
                .documentLocation(Location.of(model.document(), topic.position()))
                .service(service.name())
                .subjects(code.role().name(), code.display())
                .build();
    }

    private static MessagingScan scan(CheckContext context, CodeModule module) {
        MessagingScanner scanner = context.shared(new ScannerKey(context.codebase()),
                () -> new MessagingScanner(context.javaSources()));
        return context.shared(new ScanKey(module), () -> scanner.scan(module));
    }

    private static Declared declared(ArchitectureModel model) {
        return new Declared(model.topics());
    }

    /** The declared topics with a lookup by name: a Rabbit send matches by exchange, routing key or queue. */
    private record Declared(List<Topic> topics, Map<String, Topic> byKey) {

        Declared(List<Topic> topics) {
            this(topics, index(topics));
        }

        private static Map<String, Topic> index(List<Topic> topics) {
            Map<String, Topic> byKey = new HashMap<>();
            topics.forEach(t -> byKey.putIfAbsent(t.key(), t));
            return byKey;
        }

        List<Topic> matching(CodeTopic code) {
            List<Topic> found = new ArrayList<>();
            if (code.pattern()) {
                try {
                    Pattern pattern = Pattern.compile(code.names().get(0));
                    topics.stream().filter(t -> pattern.matcher(t.name()).matches()).forEach(found::add);
                } catch (PatternSyntaxException e) {
                    return List.of();
                }
                return found;
            }
            for (String name : code.names()) {
                Topic topic = byKey.get(Topic.keyOf(name));
                if (topic != null && !found.contains(topic)) {
                    found.add(topic);
                }
            }
            return found;
        }
    }

    private record ScannerKey(Codebase codebase) {
    }

    private record ScanKey(CodeModule module) {
    }
}
