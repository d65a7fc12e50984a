package io.github.architect.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The key services are compared by, and the lookups of a model by name, id and table. */
class ServiceKeyTest {

    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern ACRONYM_END = Pattern.compile("(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Pattern SERVICE_SUFFIX = Pattern.compile("\\s*\\bservice$");

    /** The definition of the key as patterns: keyOf computes the same without them. */
    private static String byPatterns(String serviceName) {
        String spaced = ACRONYM_END.matcher(CAMEL_HUMP.matcher(serviceName.trim()).replaceAll(" ")).replaceAll(" ");
        String folded = SEPARATORS.matcher(spaced.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String withoutSuffix = SERVICE_SUFFIX.matcher(folded).replaceAll("").trim();
        return withoutSuffix.isEmpty() ? folded : withoutSuffix;
    }

    @Test
    void namesWrittenInEveryCommonWayShareOneKey() {
        for (String name : List.of("Order Service", "order service", "OrderService", "order-service", "Order",
                "order_service", "  Order   Service ")) {
            assertThat(Service.keyOf(name)).as(name).isEqualTo("order");
        }
        assertThat(Service.keyOf("HTTPGatewayService")).isEqualTo("http gateway");
        assertThat(Service.keyOf("Service")).isEqualTo("service");
        assertThat(Service.keyOf("Microservice")).isEqualTo("microservice");
        assertThat(Service.keyOf("Сервис уведомлений")).isEqualTo("сервис уведомлений");
    }

    @Test
    void theKeyIsWhatThePatternsDefineForAnyText() {
        List<String> pieces = List.of("service", "Service", "SERVICE", " ", "  ", "-", "_", "\t", "\n", "Order",
                "order", "HTTP", "Server", "x", "A", "b", "9", "\u0301", "é", "İ", "\u2028", "\u0085", "ſ", "K",
                "ǅ", ".", "~", "通知", "\u00a0", "e\u0301", "\r\n", "svc");
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(7);
            for (int p = 0; p < length; p++) {
                name.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = name.toString();
            assertThat(Service.keyOf(text)).as("key of \"%s\"", text).isEqualTo(byPatterns(text));
        }
    }

    @Test
    void aModelFindsServicesByNameOrIdTheFirstDeclaredFirst() {
        Service orders = new Service("Order Service", "orders-svc", Position.of(3, 1), List.of(), List.of(), List.of());
        Service billing = new Service("Billing", "ORDER", Position.of(5, 1), List.of(), List.of(), List.of());
        Service order = new Service("order", Position.of(7, 1));
        ArchitectureModel model = model(List.of(orders, billing, order), List.of(), List.of());

        assertThat(model.service("OrderService")).containsSame(orders);
        assertThat(model.service(" ORDERS-SVC ")).containsSame(orders);
        assertThat(model.service("billing")).containsSame(billing);
        assertThat(model.service("order")).as("by key before a later id").containsSame(orders);
        assertThat(model.service("payments")).isEmpty();
        assertThat(model.service(null)).isEmpty();
    }

    @Test
    void aModelAnswersDependencyAndTableLookupsAsWritten() {
        Dependency uses = new Dependency("Order Service", "Inventory", Position.of(9, 1));
        Table plain = new Table(null, "Orders", List.of(), List.of(), List.of(), List.of(), null, Position.of(20, 1));
        Table qualified = new Table("sales", "orders", List.of(), List.of(), List.of(), List.of(), null, Position.of(30, 1));
        ArchitectureModel model = model(List.of(), List.of(uses), List.of(plain, qualified));

        assertThat(model.allows("order-service", "Inventory Service")).isTrue();
        assertThat(model.allows("Inventory", "Order")).isFalse();
        assertThat(model.dependenciesOf("OrderService")).containsExactly(uses);
        assertThat(model.dependenciesOf("Inventory")).isEmpty();
        assertThat(model.table("ORDERS")).containsSame(plain);
        assertThat(model.table("Sales.Orders")).containsSame(qualified);
        assertThat(model.table("missing")).isEmpty();
    }

    private static ArchitectureModel model(List<Service> services, List<Dependency> dependencies, List<Table> tables) {
        return ArchitectureModel.builder(java.nio.file.Path.of("architecture.md")).services(services)
                .dependencies(dependencies).tables(tables).build();
    }
}
