package io.github.architect.schema.migration;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway file names: kind and version, and the order versions sort in. */
class MigrationScriptTest {

    @Test
    void flywayNamesAreParsedIntoKindAndVersion() {
        assertThat(MigrationScript.flyway(Path.of("V1_2_3__x.sql")).orElseThrow().version()).hasSize(3);
        assertThat(MigrationScript.flyway(Path.of("V1.2__x.sql")).orElseThrow().kind()).isEqualTo(MigrationScript.Kind.VERSIONED);
        assertThat(MigrationScript.flyway(Path.of("U3__x.sql")).orElseThrow().kind()).isEqualTo(MigrationScript.Kind.UNDO);
        assertThat(MigrationScript.flyway(Path.of("R__x.sql")).orElseThrow().kind()).isEqualTo(MigrationScript.Kind.REPEATABLE);
        assertThat(MigrationScript.flyway(Path.of("V1_x.sql"))).isEmpty();
        assertThat(Set.of(MigrationScript.compareVersions(List.of(java.math.BigInteger.ONE, java.math.BigInteger.ONE),
                List.of(java.math.BigInteger.TWO)))).containsExactly(-1);
    }
}
