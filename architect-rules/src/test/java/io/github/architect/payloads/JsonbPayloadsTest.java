package io.github.architect.payloads;

import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A JAX-RS build without Jackson binds with JSON-B's defaults, not Jackson's. */
class JsonbPayloadsTest {

    @TempDir
    Path dir;

    private static final String RESOURCE = """
            package com.acme;
            import jakarta.ws.rs.*;
            @Path("/orders")
            public class OrderResource {
                @POST
                public Order create(NewOrder order) { return null; }
            }
            """;

    /** A POJO whose private fields JSON-B only reaches through accessors. */
    private static final String NEW_ORDER = """
            package com.acme;
            import jakarta.json.bind.annotation.*;
            import com.fasterxml.jackson.annotation.JsonIgnore;
            public class NewOrder {
                private String customer;
                @JsonbProperty("delivery_note") private String note;
                private String internal;
                @JsonIgnore private String channel;
                private String reference;
                public String getCustomer() { return customer; }
                public void setCustomer(String customer) { this.customer = customer; }
                public String getNote() { return note; }
                public void setNote(String note) { this.note = note; }
                @JsonbTransient public String getInternal() { return internal; }
                @JsonbTransient public void setInternal(String internal) { this.internal = internal; }
                public String getChannel() { return channel; }
                public void setChannel(String channel) { this.channel = channel; }
                public String getReference() { return reference; }
            }
            """;

    private static final String ORDER = """
            package com.acme;
            import jakarta.json.bind.annotation.*;
            public class Order {
                public long id;
                private boolean paid;
                private Boolean shipped;
                public boolean isPaid() { return paid; }
                public Boolean isShipped() { return shipped; }
            }
            """;

    private static final String API = """
            #### POST /orders
            Request: `{ "customer": "c-1", "delivery_note": "fragile", "channel": "web" }`
            Response: `{ "id": 7, "paid": true, "shipped": false }`
            """;

    private PayloadFixture fixture(String... libraries) {
        return new PayloadFixture(dir, libraries).java(RESOURCE).java(NEW_ORDER).java(ORDER);
    }

    @Test
    void jsonbDefaultsApplyInAJaxRsBuildWithoutJackson() {
        assertThat(fixture("jakarta.platform:jakarta.jakartaee-api").verify(API)).isEmpty();
    }

    @Test
    void jsonbTransientDropsAndJsonbPropertyRenames() {
        List<Violation> found = fixture("jakarta.platform:jakarta.jakartaee-api").verify(
                API.replace("\"channel\": \"web\"", "\"internal\": \"x\", \"note\": \"y\""));
        assertThat(found).extracting(Violation::ruleId).containsExactly("request-field-ignored", "request-field-ignored");
        assertThat(found.get(0).message()).contains("sends `internal`, which NewOrder does not bind");
        assertThat(found.get(1).message()).contains("sends `note`, which NewOrder does not bind");
        assertThat(found.get(0).hint()).contains("@JsonbProperty");
    }

    @Test
    void aPrivateFieldWithOnlyAGetterIsNotSetByJsonbButIsByJackson() {
        String withReference = API.replace("\"channel\": \"web\"", "\"reference\": \"r-1\"");
        List<Violation> found = fixture("org.eclipse:yasson", "jakarta.ws.rs:jakarta.ws.rs-api").verify(withReference);
        assertThat(found).extracting(Violation::ruleId).containsExactly("request-field-ignored");
        assertThat(found.get(0).message()).contains("sends `reference`");
        // Jackson's INFER_PROPERTY_MUTATORS sets it through the field
        assertThat(fixture("jakarta.ws.rs:jakarta.ws.rs-api", "com.fasterxml.jackson.jakarta.rs:jackson-jakarta-rs-json-provider")
                .verify(withReference.replace("\"delivery_note\"", "\"note\"").replace(", \"shipped\": false", ""))).isEmpty();
    }

    @Test
    void jacksonAnnotationsMeanNothingToJsonb() {
        // @JsonIgnore on channel drops it for Jackson only: JSON-B binds it (the first test)
        List<Violation> found = fixture("jakarta.ws.rs:jakarta.ws.rs-api",
                "com.fasterxml.jackson.jakarta.rs:jackson-jakarta-rs-json-provider")
                .verify(API.replace("\"delivery_note\"", "\"note\"").replace(", \"shipped\": false", ""));
        assertThat(found).extracting(Violation::ruleId).containsExactly("request-field-ignored");
        assertThat(found.get(0).message()).contains("sends `channel`");
        assertThat(found.get(0).hint()).contains("@JsonProperty");
    }

    @Test
    void isGettersOfBooleanObjectsWriteForJsonbButNotForJackson() {
        String api = API.replace("\"channel\": \"web\"", "\"customer\": \"c\"").replace("\"customer\": \"c-1\", ", "");
        assertThat(fixture("jakarta.ws.rs:jakarta.ws.rs-api").verify(api)).isEmpty();
        assertThat(fixture("jakarta.ws.rs:jakarta.ws.rs-api", "com.fasterxml.jackson.core:jackson-databind")
                .verify(api.replace("\"delivery_note\"", "\"note\"")))
                .extracting(Violation::ruleId, v -> v.message().contains("`shipped`"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("response-field-not-produced", true));
    }
}
