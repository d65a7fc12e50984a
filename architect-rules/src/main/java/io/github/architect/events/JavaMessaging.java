package io.github.architect.events;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import io.github.architect.check.Location;
import io.github.architect.endpoints.source.JavaSourceFrontEnd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.architect.code.JavaAnnotations.attribute;

/**
 * The messaging of one Java file: Kafka, RabbitMQ and JMS listeners and {@code @SendTo}, sends
 * through {@code KafkaTemplate}, {@code RabbitTemplate}, {@code JmsTemplate} and {@code StreamBridge},
 * and MicroProfile {@code @Incoming}/{@code @Outgoing} channels bound to a broker in configuration.
 * Templates are recognised by the declared type of the field, parameter or variable a call goes
 * through: no symbol solver, so a template reached another way is not seen.
 */
final class JavaMessaging {

    static final String KAFKA = "Kafka";
    static final String RABBIT = "RabbitMQ";
    static final String JMS = "JMS";
    static final String STREAM = "Spring Cloud Stream";
    static final String MICROPROFILE = "MicroProfile Messaging";

    /** Text any file holding messaging code contains: the pre-filter before parsing. */
    static final List<String> MARKERS = List.of("KafkaListener", "KafkaTemplate", "KafkaOperations", "SendTo",
            "RabbitListener", "RabbitTemplate", "RabbitOperations", "AmqpTemplate", "JmsListener", "JmsTemplate",
            "JmsOperations", "JmsMessagingTemplate", "StreamBridge", "@Incoming", "@Outgoing");

    private static final Map<String, String> TEMPLATES = Map.ofEntries(
            Map.entry("KafkaTemplate", KAFKA), Map.entry("KafkaOperations", KAFKA),
            Map.entry("RabbitTemplate", RABBIT), Map.entry("RabbitOperations", RABBIT), Map.entry("AmqpTemplate", RABBIT),
            Map.entry("RabbitMessagingTemplate", RABBIT),
            Map.entry("JmsTemplate", JMS), Map.entry("JmsOperations", JMS), Map.entry("JmsMessagingTemplate", JMS),
            Map.entry("StreamBridge", STREAM));
    private static final Set<String> RABBIT_SENDS = Set.of("convertAndSend", "send", "convertSendAndReceive",
            "sendAndReceive", "convertSendAndReceiveAsType");
    private static final Set<String> JMS_SENDS = Set.of("convertAndSend", "send", "sendAndReceive", "convertSendAndReceive");

    private final JavaSourceFrontEnd frontEnd;
    private final Path file;
    private final CompilationUnit unit;
    private final Map<String, String> properties;
    private final List<CodeTopic> topics = new ArrayList<>();
    private final List<UnresolvedTopic> unresolved = new ArrayList<>();

    private JavaMessaging(JavaSourceFrontEnd frontEnd, Path file, CompilationUnit unit, Map<String, String> properties) {
        this.frontEnd = frontEnd;
        this.file = file;
        this.unit = unit;
        this.properties = properties;
    }

    /** The topics and unresolvable destinations of a parsed file. */
    static MessagingScan scan(JavaSourceFrontEnd frontEnd, Path file, CompilationUnit unit, Map<String, String> properties) {
        JavaMessaging messaging = new JavaMessaging(frontEnd, file, unit, properties);
        for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
            messaging.annotation(annotation);
        }
        Map<String, String> templates = messaging.templates();
        if (!templates.isEmpty()) {
            for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                messaging.call(call, templates);
            }
        }
        return new MessagingScan(messaging.topics, messaging.unresolved, List.of());
    }

    private void annotation(AnnotationExpr annotation) {
        switch (annotation.getName().getIdentifier()) {
            case "KafkaListener" -> kafkaListener(annotation);
            case "SendTo" -> attribute(annotation, "value").ifPresent(v ->
                    add(List.of(v), MessagingRole.PRODUCES, sendToTechnology(annotation), annotation, "@SendTo"));
            case "RabbitListener" -> rabbitListener(annotation);
            case "JmsListener" -> attribute(annotation, "destination").ifPresentOrElse(
                    v -> add(List.of(v), MessagingRole.CONSUMES, JMS, annotation, "@JmsListener"),
                    () -> unresolved(annotation, "@JmsListener", "it names no destination"));
            case "Incoming" -> channel(annotation, "incoming", MessagingRole.CONSUMES);
            case "Outgoing" -> channel(annotation, "outgoing", MessagingRole.PRODUCES);
            default -> {
            }
        }
    }

    private void kafkaListener(AnnotationExpr annotation) {
        Optional<Expression> topicsValue = attribute(annotation, "topics");
        Optional<Expression> pattern = attribute(annotation, "topicPattern");
        if (topicsValue.isPresent()) {
            add(List.of(topicsValue.get()), MessagingRole.CONSUMES, KAFKA, annotation, "@KafkaListener");
        } else if (pattern.isPresent()) {
            JavaSourceFrontEnd.Evaluated value = frontEnd.strings(file, pattern.get(), properties);
            if (value.resolved()) {
                topics.add(new CodeTopic(value.values(), true, MessagingRole.CONSUMES, KAFKA, className(annotation),
                        location(annotation), origin("@KafkaListener", annotation)));
            } else {
                unresolved(annotation, "@KafkaListener", value.unresolvedReason());
            }
        } else {
            unresolved(annotation, "@KafkaListener", "it names its topics through topicPartitions or a container factory");
        }
    }

    private void rabbitListener(AnnotationExpr annotation) {
        boolean any = false;
        Optional<Expression> queues = attribute(annotation, "queues", "value");
        if (queues.isPresent()) {
            add(List.of(queues.get()), MessagingRole.CONSUMES, RABBIT, annotation, "@RabbitListener");
            any = true;
        }
        for (AnnotationExpr queue : annotations(attribute(annotation, "queuesToDeclare"))) {
            Optional<Expression> name = attribute(queue, "value", "name");
            if (name.isPresent()) {
                add(List.of(name.get()), MessagingRole.CONSUMES, RABBIT, annotation, "@RabbitListener");
                any = true;
            }
        }
        for (AnnotationExpr binding : annotations(attribute(annotation, "bindings"))) {
            // a document may name the queue, the exchange or a routing key of the binding
            List<Expression> parts = new ArrayList<>();
            annotations(attribute(binding, "value")).forEach(q -> attribute(q, "value", "name").ifPresent(parts::add));
            annotations(attribute(binding, "exchange")).forEach(x -> attribute(x, "value", "name").ifPresent(parts::add));
            attribute(binding, "key").ifPresent(parts::add);
            if (!parts.isEmpty()) {
                add(parts, MessagingRole.CONSUMES, RABBIT, annotation, "@RabbitListener @QueueBinding");
                any = true;
            }
        }
        if (!any && !(annotation.getParentNode().orElse(null) instanceof TypeDeclaration<?>)) {
            unresolved(annotation, "@RabbitListener", "it names no queue");
        }
    }

    /** A MicroProfile channel is a broker topic only when configuration binds it to a connector. */
    private void channel(AnnotationExpr annotation, String direction, MessagingRole role) {
        Optional<Expression> value = attribute(annotation, "value");
        if (value.isEmpty()) {
            return;
        }
        JavaSourceFrontEnd.Evaluated channel = frontEnd.strings(file, value.get(), properties);
        if (!channel.resolved()) {
            unresolved(annotation, "@" + annotation.getNameAsString(), channel.unresolvedReason());
            return;
        }
        for (String name : channel.values()) {
            String prefix = "mp.messaging." + direction + "." + name + ".";
            if (properties.keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
                continue; // an in-memory channel between two methods of the application
            }
            String topic = Optional.ofNullable(properties.get(prefix + "topic"))
                    .or(() -> Optional.ofNullable(properties.get(prefix + "address")))
                    .or(() -> Optional.ofNullable(properties.get(prefix + "queue")))
                    .orElse(name);
            JavaSourceFrontEnd.Evaluated resolved = JavaSourceFrontEnd.resolvePlaceholders(topic, properties);
            if (resolved.resolved()) {
                topics.add(new CodeTopic(resolved.values(), false, role, MICROPROFILE, className(annotation),
                        location(annotation), origin("@" + annotation.getNameAsString() + "(\"" + name + "\")", annotation)));
            } else {
                unresolved(annotation, "@" + annotation.getNameAsString(), resolved.unresolvedReason());
            }
        }
    }

    private String sendToTechnology(AnnotationExpr sendTo) {
        Optional<Node> method = sendTo.getParentNode();
        if (method.isPresent() && method.get() instanceof MethodDeclaration declaration) {
            if (declaration.getAnnotationByName("RabbitListener").isPresent()) {
                return RABBIT;
            }
            if (declaration.getAnnotationByName("JmsListener").isPresent()) {
                return JMS;
            }
        }
        return KAFKA;
    }

    /** Names of fields, parameters and variables declared with a template's type, and which broker it talks to. */
    private Map<String, String> templates() {
        Map<String, String> found = new HashMap<>();
        for (VariableDeclarator variable : unit.findAll(VariableDeclarator.class)) {
            technologyOf(variable.getType().asString()).ifPresent(t -> found.put(variable.getNameAsString(), t));
        }
        for (Parameter parameter : unit.findAll(Parameter.class)) {
            technologyOf(parameter.getType().asString()).ifPresent(t -> found.put(parameter.getNameAsString(), t));
        }
        return found;
    }

    private static Optional<String> technologyOf(String type) {
        int angle = type.indexOf('<');
        String raw = angle < 0 ? type : type.substring(0, angle);
        return Optional.ofNullable(TEMPLATES.get(raw.substring(raw.lastIndexOf('.') + 1).trim()));
    }

    private void call(MethodCallExpr call, Map<String, String> templates) {
        Optional<String> target = call.getScope().flatMap(JavaMessaging::variableName);
        if (target.isEmpty() || !templates.containsKey(target.get())) {
            return;
        }
        String technology = templates.get(target.get());
        String method = call.getNameAsString();
        List<Expression> args = call.getArguments();
        String origin = target.get() + "." + method + "()";
        switch (technology) {
            case KAFKA -> {
                if (method.equals("send") && !args.isEmpty()) {
                    Expression first = args.get(0);
                    if (first instanceof ObjectCreationExpr record && record.getType().getNameAsString().equals("ProducerRecord")
                            && !record.getArguments().isEmpty()) {
                        first = record.getArgument(0);
                    } else if (args.size() == 1) {
                        unresolved(call, origin, "it sends a record or message built elsewhere");
                        return;
                    }
                    add(List.of(first), MessagingRole.PRODUCES, KAFKA, call, origin);
                } else if (method.equals("sendDefault")) {
                    configured(call, origin, KAFKA, "spring.kafka.template.default-topic");
                }
            }
            case RABBIT -> {
                if (!RABBIT_SENDS.contains(method) || args.isEmpty()) {
                    return;
                }
                if (args.size() == 1) {
                    unresolved(call, origin, "it sends to the template's default exchange and routing key");
                    return;
                }
                JavaSourceFrontEnd.Evaluated second = frontEnd.strings(file, args.get(1), properties);
                if (args.size() >= 3 && second.resolved()) {
                    JavaSourceFrontEnd.Evaluated exchange = frontEnd.strings(file, args.get(0), properties);
                    if (!exchange.resolved()) {
                        unresolved(call, origin, exchange.unresolvedReason());
                        return;
                    }
                    List<String> names = new ArrayList<>();
                    exchange.values().stream().filter(v -> !v.isEmpty()).forEach(names::add); // "" is the default exchange
                    names.addAll(second.values());
                    topics.add(new CodeTopic(names, false, MessagingRole.PRODUCES, RABBIT, className(call), location(call),
                            origin(origin, call)));
                } else {
                    add(List.of(args.get(0)), MessagingRole.PRODUCES, RABBIT, call, origin);
                }
            }
            case JMS -> {
                if (!JMS_SENDS.contains(method) || args.isEmpty()) {
                    return;
                }
                if (args.size() == 1) {
                    configured(call, origin, JMS, "spring.jms.template.default-destination");
                } else {
                    add(List.of(args.get(0)), MessagingRole.PRODUCES, JMS, call, origin);
                }
            }
            default -> {
                if (method.equals("send") && !args.isEmpty()) {
                    JavaSourceFrontEnd.Evaluated binding = frontEnd.strings(file, args.get(0), properties);
                    if (!binding.resolved()) {
                        unresolved(call, origin, binding.unresolvedReason());
                        return;
                    }
                    for (String name : binding.values()) {
                        String destination = properties.getOrDefault("spring.cloud.stream.bindings." + name + ".destination", name);
                        resolvedTopic(call, origin, STREAM, destination);
                    }
                }
            }
        }
    }

    private void configured(Node node, String origin, String technology, String key) {
        String value = properties.get(key);
        if (value == null || value.isBlank()) {
            unresolved(node, origin, "it sends to the template's default destination and " + key + " is not set");
        } else {
            resolvedTopic(node, origin, technology, value);
        }
    }

    private void resolvedTopic(Node node, String origin, String technology, String raw) {
        JavaSourceFrontEnd.Evaluated value = JavaSourceFrontEnd.resolvePlaceholders(raw, properties);
        if (value.resolved()) {
            topics.add(new CodeTopic(value.values(), false, MessagingRole.PRODUCES, technology, className(node),
                    location(node), origin(origin, node)));
        } else {
            unresolved(node, origin, value.unresolvedReason());
        }
    }

    private static Optional<String> variableName(Expression scope) {
        if (scope instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (scope instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return Optional.of(access.getNameAsString());
        }
        return Optional.empty();
    }

    /** One topic whose names are the values of the expressions (each may be an array: one topic per value). */
    private void add(List<Expression> values, MessagingRole role, String technology, Node node, String origin) {
        List<String> names = new ArrayList<>();
        for (Expression value : values) {
            JavaSourceFrontEnd.Evaluated evaluated = frontEnd.strings(file, value, properties);
            if (!evaluated.resolved()) {
                unresolved(node, origin, evaluated.unresolvedReason());
                return;
            }
            if (evaluated.values().stream().anyMatch(v -> v.contains("#{"))) {
                unresolved(node, origin, "'" + value + "' is a SpEL expression, evaluated at run time");
                return;
            }
            for (String name : evaluated.values()) {
                // a listener's topics may be one comma-separated placeholder value
                for (String part : name.split(",")) {
                    if (!part.isBlank()) {
                        names.add(part.trim());
                    }
                }
            }
        }
        if (values.size() == 1) {
            for (String name : names) {
                topics.add(new CodeTopic(List.of(name), false, role, technology, className(node), location(node),
                        origin(origin, node)));
            }
        } else if (!names.isEmpty()) {
            topics.add(new CodeTopic(names, false, role, technology, className(node), location(node), origin(origin, node)));
        }
    }

    private void unresolved(Node node, String origin, String reason) {
        unresolved.add(new UnresolvedTopic(className(node), location(node), origin(origin, node), reason));
    }

    private String origin(String what, Node node) {
        String owner = JavaSourceFrontEnd.enclosingType(node).map(t -> t.getNameAsString()).orElse("?");
        String method = node.findAncestor(MethodDeclaration.class).map(m -> "." + m.getNameAsString() + "()").orElse("");
        return what + " in " + owner + method;
    }

    private String className(Node node) {
        return JavaSourceFrontEnd.enclosingType(node).map(t -> JavaSourceFrontEnd.binaryName(t, unit)).orElse(null);
    }

    private Location location(Node node) {
        return node.getBegin().map(p -> Location.of(file, p.line, p.column)).orElse(Location.of(file));
    }

    private static List<AnnotationExpr> annotations(Optional<Expression> value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<Expression> elements = value.get() instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value.get());
        return elements.stream().filter(AnnotationExpr.class::isInstance).map(AnnotationExpr.class::cast).toList();
    }
}
