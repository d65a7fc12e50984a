package io.github.architect.report;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OneDecimalTest {

    @Test
    void writesWhatTheFormatterWritesForCoordinates() {
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble() * 200_000 - 1_000;
                case 1 -> Math.round(random.nextDouble() * 100_000) / 100.0 + 0.05; // ties at the second decimal
                case 2 -> random.nextInt(10_000) / 20.0;
                default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            };
            assertThat(OneDecimal.format(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
        }
    }

    @Test
    void writesWhatTheFormatterWritesAtTheEdges() {
        double[] edges = {0.0, -0.0, 0.05, 0.15, 0.25, -0.04, -0.05, 9.95, 99.95, 1e7, 1.25e15, 1e16, 123456789012345.65,
            Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double value : edges) {
            assertThat(OneDecimal.format(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
        }
    }
}
