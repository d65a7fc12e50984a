package io.github.architect.doc;

import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Topic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    private static final String SERVICES = "### Billing Service\n### Ledger Service\n### Notification Service\n";

    private static String topics(ArchitectureModel model) {
        return String.join("\n", model.topics().stream()
                .map(t -> t.kind() + " " + t.name() + " " + t.producers() + " -> " + t.consumers() + " @" + t.position().line())
                .toList());
    }

    private static ParsedDocument withApi(String api) {
        return Docs.parse(Docs.withApi(SERVICES, api));
    }

    @Test
    void aTableWithTopicProducerAndConsumerColumns() {
        ParsedDocument parsed = withApi("""
                | Topic | Producer | Consumers | Payload |
                |---|---|---|---|
                | `invoice.issued` | Billing Service | Ledger, Notification | Invoice |
                | payment.failed | Billing | Notification Service<br>Ledger Service | Failure |
                """);
        assertThat(topics(parsed.model())).isEqualTo("""
                topic invoice.issued [Billing Service] -> [Ledger Service, Notification Service] @17
                topic payment.failed [Billing Service] -> [Notification Service, Ledger Service] @18""");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void queueExchangeAndChannelColumnsSayWhatKindItIs() {
        ArchitectureModel model = withApi("""
                | Queue | Published by | Consumed by |
                |---|---|---|
                | billing.commands | Ledger | Billing |

                | Exchange | Publisher | Subscribers |
                |---|---|---|
                | ledger-events | Ledger | Notification |
                """).model();
        assertThat(model.topics()).extracting(Topic::kind).containsExactly("queue", "exchange");
    }

    @Test
    void aPartyThatIsNoServiceIsOutsideTheSystemNotAnUnknownService() {
        ParsedDocument parsed = withApi("""
                | Topic | Producer | Consumer |
                |---|---|---|
                | `invoice.issued` | Billing | Ledger and Data Lake |
                | `partner.orders` | Acme Partner | Billing |
                """);
        assertThat(topics(parsed.model())).isEqualTo("""
                topic invoice.issued [Billing Service] -> [Ledger Service, Data Lake] @17
                topic partner.orders [Acme Partner] -> [Billing Service] @18""");
        assertThat(parsed.findings()).isEmpty();
        assertThat(parsed.model().services()).hasSize(3);
    }

    @Test
    void bulletsUnderAServiceSubsection() {
        ArchitectureModel model = Docs.model(Docs.withServices("""
                ### Billing Service
                - Publishes `invoice.issued` when an invoice is final.
                - **Consumes:** payment.settled, payment.failed
                ### Ledger Service
                - consumes `invoice.issued`
                ### Notification Service
                - Subscribes to `invoice.issued` and `payment.failed`
                """));
        assertThat(topics(model)).isEqualTo("""
                topic invoice.issued [Billing Service] -> [Ledger Service, Notification Service] @11
                topic payment.settled [] -> [Billing Service] @12
                topic payment.failed [] -> [Billing Service, Notification Service] @12""");
    }

    @Test
    void aTableInSectionThreeDeclaresTopicsNotServices() {
        ArchitectureModel model = Docs.model(Docs.withServices(SERVICES + """

                | Event name | Producer | Consumer |
                |---|---|---|
                | `invoice.issued` | Billing | Ledger |
                """));
        assertThat(model.services()).hasSize(3);
        assertThat(model.topics()).extracting(Topic::name).containsExactly("invoice.issued");
    }

    @Test
    void theSummaryCountsTopicsOnlyWhenTheDocumentDeclaresThem() {
        assertThat(Docs.model(Docs.withServices(SERVICES)).summary())
                .isEqualTo("3 services, 0 endpoints, 0 tables, 1 technology");
        assertThat(withApi("- none\n\n| Topic | Producer | Consumer |\n|---|---|---|\n| `a` | Billing | Ledger |\n| `b` | Ledger | Billing |\n")
                .model().summary()).isEqualTo("3 services, 0 endpoints, 0 tables, 1 technology, 2 topics");
    }

    @Test
    void aVerbWithoutABacktickedNameInProseDeclaresNothing() {
        ArchitectureModel model = Docs.model(Docs.withServices("""
                ### Billing Service
                - Publishes events when something happens.
                Billing consumes `payment.settled` in a sentence, not a bullet.
                """));
        assertThat(model.topics()).isEqualTo(List.of());
    }
}
