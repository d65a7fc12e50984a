package io.github.architect.scaffold;

import io.github.architect.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DraftEntityKeysTest {

    @TempDir
    Path root;

    @Test
    void tablesOnlyEntitiesMapGetTheirIdColumnsAsPrimaryKey() {
        DraftFixture fixture = new DraftFixture(root)
                .java("""
                        package com.acme.clinic;
                        import jakarta.persistence.*;
                        @MappedSuperclass
                        public class BaseEntity { @Id @GeneratedValue protected Integer id; }
                        """)
                .java("""
                        package com.acme.clinic;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "owners")
                        public class Owner extends BaseEntity { private String lastName; }
                        """)
                .java("""
                        package com.acme.clinic;
                        import jakarta.persistence.*;
                        @Entity
                        public class Visit { @Id @Column(name = "visit_no") private Long number; private String description; }
                        """)
                .java("""
                        package com.acme.clinic;
                        import jakarta.persistence.*;
                        @Embeddable
                        public record SlotKey(Integer vetId, java.time.LocalDate day) {}
                        """)
                .java("""
                        package com.acme.clinic;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "slots")
                        public class Slot { @EmbeddedId private SlotKey key; private boolean booked; }
                        """)
                .java("""
                        package com.acme.clinic;
                        import org.springframework.web.bind.annotation.*;
                        @RestController
                        class Owners { @GetMapping("/owners") String list() { return ""; } }
                        """);
        String draft = fixture.draft();

        Map<String, Table> tables = fixture.readBack(draft).tables().stream()
                .collect(Collectors.toMap(Table::name, Function.identity()));
        assertThat(tables.get("owners").primaryKey()).containsExactly("id");
        assertThat(tables.get("visit").primaryKey()).containsExactly("visit_no");
        assertThat(tables.get("slots").primaryKey()).containsExactly("vet_id", "day");
        assertThat(draft).contains("    PRIMARY KEY (vet_id, day)\n");
        assertThat(DocumentDraftTest.errors(draft, fixture.codebase())).isEmpty();
    }
}
