package io.github.architect.doc;

import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Technology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TechnologiesTest {

    /** The chosen technologies, with their versions: "Java 21". */
    private static List<String> chosen(String section) {
        return Docs.model(Docs.withTechnologies(section)).chosenTechnologies().stream().map(Technology::label).toList();
    }

    private static List<String> alternatives(String section) {
        return Docs.model(Docs.withTechnologies(section)).technologies().stream().filter(t -> !t.chosen())
                .map(Technology::name).toList();
    }

    @Test
    void boldLeadTermsOfListItems() {
        assertThat(chosen("- **Java 21** - long-term support\n- **Spring Boot 3**: the team knows it\n* __PostgreSQL__ for orders\n"))
                .containsExactly("Java 21", "Spring Boot 3", "PostgreSQL");
    }

    @Test
    void aVersionIsKeptApartFromTheName() {
        List<Technology> technologies = Docs.model(Docs.withTechnologies(
                "- **Java 21 LTS**\n- **Spring Boot 3.4.x**\n- **PostgreSQL 16+**\n- **Next.js 15 App Router**\n- **Kafka**\n"))
                .technologies();
        assertThat(technologies).extracting(Technology::name)
                .containsExactly("Java", "Spring Boot", "PostgreSQL", "Next.js App Router", "Kafka");
        assertThat(technologies).extracting(Technology::version).containsExactly("21", "3.4.x", "16+", "15", "");
    }

    @Test
    void everyItemOfAListWrittenInOneTerm() {
        assertThat(chosen("- **Java 21 + Spring Boot 3.4**\n- **OpenTelemetry, Jaeger, Grafana**\n- **PostgreSQL / pgvector**\n"))
                .containsExactly("Java 21", "Spring Boot 3.4", "OpenTelemetry", "Jaeger", "Grafana", "PostgreSQL", "pgvector");
        assertThat(chosen("- **Flask/Django**\n- **CI/CD** with GitHub\n")).containsExactly("Flask", "Django", "CI/CD");
    }

    @Test
    void aSecondBoldTermJoinedToTheFirstIsNotLost() {
        assertThat(chosen("- **Java 21** + **Spring Boot 3.4** - the platform\n- **Kafka** - we like **durability**\n"))
                .containsExactly("Java 21", "Spring Boot 3.4", "Kafka");
    }

    @Test
    void labelledValues() {
        assertThat(chosen("""
                - **Database:** PostgreSQL 16 - reliable
                - **Cache**: Redis
                **Broker:** Apache Kafka, with schema registry later

                **Choice:** `@sparticuz/chromium` + `puppeteer-core`

                **Recommendation: Webhooks**
                """)).containsExactly("PostgreSQL 16", "Redis", "Apache Kafka", "@sparticuz/chromium", "puppeteer-core",
                "Webhooks");
    }

    @Test
    void theFirstColumnOfATable() {
        assertThat(chosen("| Technology | Why |\n|---|---|\n| **Kafka** | events |\n| Redis 7 | cache |\n"))
                .containsExactly("Kafka", "Redis 7");
    }

    @Test
    void aTechnologyColumnBesideALayerColumn() {
        assertThat(chosen("| Layer | Technology | Why |\n|---|---|---|\n| Backend | Spring Boot 3.4 | known |\n| Data | PostgreSQL | ACID |\n"))
                .containsExactly("Spring Boot 3.4", "PostgreSQL");
    }

    @Test
    void aTableColumnNamedAlternatives() {
        String section = "| Technology | Alternatives | Why |\n|---|---|---|\n| PostgreSQL | MySQL, Cassandra | ACID |\n"
                + "| RabbitMQ | Kafka or ActiveMQ | simple |\n";
        assertThat(chosen(section)).containsExactly("PostgreSQL", "RabbitMQ");
        assertThat(alternatives(section)).containsExactly("MySQL", "Cassandra", "Kafka", "ActiveMQ");
    }

    @Test
    void subHeadingsNamingATechnology() {
        assertThat(chosen("### 6.1 PostgreSQL for Orders\nACID.\n### 6.2 API Framework: FastAPI\n### 6.3 Webhooks vs Polling\n"))
                .containsExactly("PostgreSQL", "FastAPI", "Webhooks");
        assertThat(alternatives("### 6.3 Webhooks vs Polling\nFast.\n")).containsExactly("Polling");
    }

    @Test
    void whatTheTextStatesWinsOverWhatAComparisonHeadingSuggests() {
        String section = "### Server Actions vs. API Routes\n- **API Routes Chosen** for the dashboard\n\n"
                + "**Trade-offs:**\n- **Alternative: Server Actions**\n  - Pros: less code\n";
        assertThat(chosen(section)).containsExactly("API Routes");
        assertThat(alternatives(section)).containsExactly("Server Actions");
    }

    @Test
    void theAlternativesNamedBesideTheChoices() {
        String section = """
                - **PostgreSQL** - relational. An alternative would be Cassandra.
                - **Alternative:** MongoDB
                - Alternatives considered:
                  - **DynamoDB** - lock-in
                  - **CouchDB** - too niche
                - **Redis** - caching
                """;
        assertThat(chosen(section)).containsExactly("PostgreSQL", "Redis");
        assertThat(alternatives(section)).containsExactlyInAnyOrder("Cassandra", "MongoDB", "DynamoDB", "CouchDB");
    }

    @Test
    void everyPhrasingOfAnAlternative() {
        String section = """
                ### Messaging
                - **RabbitMQ** - simple routing, instead of Kafka which we would have to operate.
                - **PostgreSQL** rather than MySQL, compared to Oracle it is free.
                - **Redis** for caching; Memcached was considered but lacks persistence.
                - **Quarkus** vs Micronaut: faster start.
                - *Alternative:* Hazelcast

                **Choice:** FastAPI over Flask/Django

                **vs TimescaleDB:** not needed yet.
                """;
        assertThat(chosen(section)).containsExactly("RabbitMQ", "PostgreSQL", "Redis", "Quarkus", "FastAPI");
        assertThat(alternatives(section)).containsExactlyInAnyOrder("Kafka", "MySQL", "Oracle", "Memcached", "Micronaut",
                "Hazelcast", "Flask", "Django", "TimescaleDB");
    }

    @Test
    void otherNamesInTheJustificationAreNeither() {
        String section = """
                ### 6.1 PostgreSQL
                **Justification:**
                - **Monitoring:** Grafana dashboards exist already
                - Works well with Hibernate and Flyway
                """;
        assertThat(Docs.model(Docs.withTechnologies(section)).technologies()).extracting(Technology::name)
                .containsExactly("PostgreSQL");
    }

    @Test
    void aComparisonTableChoosesByItsVerdict() {
        String section = "| Solution | Pros | Verdict |\n|---|---|---|\n| Kafka | durable | **SELECTED** |\n"
                + "| RabbitMQ | simple | ❌ Rejected |\n| Pulsar | new | ❌ Wrong use case |\n| NATS | light | ⏳ Future |\n";
        assertThat(chosen(section)).containsExactly("Kafka");
        assertThat(alternatives(section)).containsExactly("RabbitMQ", "Pulsar", "NATS");
        assertThat(chosen("| Approach | Pros |\n|---|---|\n| **asyncio** ✅ | native |\n| Threading | simple |\n"))
                .containsExactly("asyncio");
    }

    @Test
    void aTableOfCriteriaNamesNoTechnology() {
        assertThat(Docs.model(Docs.withTechnologies("| Factor | Compose | Kubernetes |\n|---|---|---|\n| Setup | Low | High |\n"))
                .technologies()).isEmpty();
    }

    @Test
    void categorySubHeadingsListTheirTechnologies() {
        assertThat(chosen("### Backend\n- **Java 21**\n- **Database:** PostgreSQL 16 - reliable\n### Frontend\n- **React**\n"))
                .containsExactly("Java 21", "PostgreSQL 16", "React");
    }

    @Test
    void anAlternativesSubHeadingListsAlternatives() {
        String section = "- **Kafka** - events\n\n### Alternatives Considered\n- **RabbitMQ** - simpler\n- **Pulsar** - newer\n";
        assertThat(chosen(section)).containsExactly("Kafka");
        assertThat(alternatives(section)).containsExactly("RabbitMQ", "Pulsar");
    }

    @Test
    void labelsSuchAsProsAndConsAreNotTechnologies() {
        assertThat(chosen("### Kafka\n- **Pros**: durable\n- **Cons**: heavy\n- **Decision**: adopt\n"))
                .containsExactly("Kafka");
    }

    @Test
    void aChoiceWinsOverTheSameNameRejectedElsewhere() {
        String section = "### 6.1 yFinance\n**Choice:** yfinance 0.2\n### 6.2 Robinhood\n**Trade-offs:**\n- **vs yFinance:** live Greeks\n";
        assertThat(chosen(section)).containsExactly("yFinance 0.2", "Robinhood");
        assertThat(alternatives(section)).isEmpty();
    }

    @Test
    void theSummaryCountsChosenTechnologiesOnly() {
        ArchitectureModel model = Docs.model(Docs.withTechnologies(
                "- **PostgreSQL** - relational. An alternative would be Cassandra.\n- **Kafka** instead of RabbitMQ\n"));
        assertThat(model.technologies()).hasSize(4);
        assertThat(model.summary()).endsWith(", 2 technologies");
    }

    @Test
    void anAlternativeNamedOverTheLinesOfItsParagraph() {
        String section = """
                - **PostgreSQL**: transactions for orders. An alternative
                  would be MongoDB, rejected because orders need multi-row transactions.
                - **Spring Web**: REST controllers. Alternatives considered:
                  JAX-RS, rejected to keep one framework.
                """;
        String doc = Docs.withTechnologies(section);
        assertThat(chosen(section)).containsExactly("PostgreSQL", "Spring Web");
        assertThat(alternatives(section)).containsExactly("MongoDB", "JAX-RS");
        Technology mongo = Docs.model(doc).technologies().get(1);
        assertThat(mongo.position().line()).isEqualTo(Docs.lineOf(doc, "would be MongoDB"));
        assertThat(mongo.position().column()).isEqualTo(12);
    }

    @Test
    void aTechnologyHasItsLine() {
        String doc = Docs.withTechnologies("Intro.\n\n- **Kafka** - events\n");
        assertThat(Docs.model(doc).technologies().get(0).position().line()).isEqualTo(Docs.lineOf(doc, "**Kafka**"));
    }
}
