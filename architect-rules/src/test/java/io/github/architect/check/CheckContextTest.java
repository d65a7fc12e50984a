package io.github.architect.check;

import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckContextTest {

    private final CheckContext context = new CheckContext(
            ArchitectureModel.builder(Path.of("architecture.md")).build(),
            new Codebase(Path.of("."), List.of()), ServiceMap.none(), Map.of());

    @Test
    void aSharedValueIsComputedOnceAndHandedToEveryCaller() {
        AtomicInteger computations = new AtomicInteger();

        Object first = context.shared("scan", () -> "result-" + computations.incrementAndGet());
        Object second = context.shared("scan", () -> "result-" + computations.incrementAndGet());

        assertThat(first).isEqualTo("result-1").isSameAs(second);
        assertThat(computations).hasValue(1);
    }

    @Test
    void aSharedComputationMayAskForAnotherSharedValue() {
        String outer = context.shared("outer", () -> context.shared("inner", () -> "inner") + "+outer");

        assertThat(outer).isEqualTo("inner+outer");
        assertThat((String) context.shared("inner", () -> "again")).isEqualTo("inner");
    }

    @Test
    void aFailingComputationThrowsItsOwnException() {
        assertThatThrownBy(() -> context.shared("broken", () -> {
            throw new IllegalArgumentException("unknown naming 'camel'");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("unknown naming 'camel'");
    }
}
