package io.github.architect.doc;

import io.github.architect.model.Technology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TechnologiesTest {

    private static List<String> technologies(String section) {
        return Docs.model(Docs.withTechnologies(section)).technologies().stream().map(Technology::name).toList();
    }

    @Test
    void boldLeadTermsOfListItems() {
        assertThat(technologies("- **Java 21** - long-term support\n- **Spring Boot 3**: the team knows it\n* __PostgreSQL__ for orders\n"))
                .containsExactly("Java 21", "Spring Boot 3", "PostgreSQL");
    }

    @Test
    void theFirstColumnOfATable() {
        assertThat(technologies("| Technology | Why |\n|---|---|\n| **Kafka** | events |\n| Redis | cache |\n"))
                .containsExactly("Kafka", "Redis");
    }

    @Test
    void subHeadingsNamingATechnology() {
        assertThat(technologies("### 6.1 PostgreSQL for Orders\nACID.\n### 6.2 API Framework: FastAPI\n### 6.3 Webhooks vs Polling\n"))
                .containsExactly("PostgreSQL", "FastAPI", "Webhooks");
    }

    @Test
    void theAlternativesDiscussedBesideThemAreNotTechnologies() {
        assertThat(technologies("""
                - **PostgreSQL** - relational. An alternative would be Cassandra.
                - **Alternative:** MongoDB
                - Alternatives considered:
                  - **Cassandra** - too much to operate
                  - **DynamoDB** - lock-in
                - **Redis** - caching
                """)).containsExactly("PostgreSQL", "Redis");
    }

    @Test
    void aComparisonTableKeepsOnlyTheChosenRow() {
        assertThat(technologies("| Option | Verdict |\n|---|---|\n| Kafka | ✅ chosen |\n| RabbitMQ | ❌ rejected |\n"))
                .isEmpty();
        assertThat(technologies("| Broker | Decision |\n|---|---|\n| Kafka | ✅ chosen |\n| RabbitMQ | ❌ rejected |\n"))
                .containsExactly("Kafka");
    }

    @Test
    void categorySubHeadingsListTheirTechnologies() {
        assertThat(technologies("### Backend\n- **Java 21**\n- **Database:** PostgreSQL 16 - reliable\n### Frontend\n- **React**\n"))
                .containsExactly("Java 21", "PostgreSQL 16", "React");
    }

    @Test
    void labelsSuchAsProsAndConsAreNotTechnologies() {
        assertThat(technologies("### Kafka\n- **Pros**: durable\n- **Cons**: heavy\n- **Decision**: adopt\n"))
                .containsExactly("Kafka");
    }

    @Test
    void aTechnologyHasItsLine() {
        String doc = Docs.withTechnologies("Intro.\n\n- **Kafka** - events\n");
        assertThat(Docs.model(doc).technologies().get(0).position().line()).isEqualTo(Docs.lineOf(doc, "**Kafka**"));
    }
}
