package io.github.architect.schema;

import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UndeclaredCollectionTest {

    @TempDir
    Path dir;

    private static final String REVIEW = """
            package com.acme;
            import org.springframework.data.mongodb.core.mapping.Document;
            @Document
            public class ProductReview {
                String id;
            }
            """;
    private static final String EVENT = """
            package com.acme;
            import org.springframework.data.mongodb.core.mapping.*;
            @Document(collection = "audit_events")
            public class AuditEvent {
                String id;
            }
            """;

    @Test
    void defaultCollectionNameIsTheClassNameWithALowerCaseFirstLetter() {
        assertThat(new SchemaFixture(dir).collection("productReview").java(REVIEW).verify()).isEmpty();
    }

    @Test
    void undeclaredCollectionIsAnErrorWhenTheDocumentDeclaresCollections() {
        List<Violation> findings = new SchemaFixture(dir).collection("productReview").java(REVIEW).java(EVENT)
                .verify("undeclared-collection");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("AuditEvent", "'audit_events'", "productReview");
            assertThat(v.location().line()).isEqualTo(4);
            assertThat(v.hint()).contains("@Document(collection");
        });
    }

    @Test
    void valueAttributeNamesTheCollectionToo() {
        assertThat(new SchemaFixture(dir).collection("reviews").java(REVIEW.replace("@Document", "@Document(\"reviews\")"))
                .verify()).isEmpty();
    }

    @Test
    void noDeclaredCollectionsMeansNoCollectionFindings() {
        assertThat(new SchemaFixture(dir).java(EVENT).verify()).isEmpty();
    }

    @Test
    void documentAnnotationsOfOtherLibrariesAreIgnored() {
        assertThat(new SchemaFixture(dir).collection("x").java("""
                package com.acme;
                import org.springframework.data.elasticsearch.annotations.Document;
                @Document(indexName = "products")
                public class ProductIndex { String id; }
                """).verify()).isEmpty();
    }
}
