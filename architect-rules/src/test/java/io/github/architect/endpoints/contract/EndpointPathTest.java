package io.github.architect.endpoints.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointPathTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "orders|/orders",
            "/orders/|/orders",
            "//api//orders///|/api/orders",
            "/orders/{id}|/orders/{}",
            "/orders/{id:\\d+}|/orders/{}",
            "/orders/{id: [0-9]{1,6}}/items|/orders/{}/items",
            "/orders/:id|/orders/{}",
            "/orders/[id]|/orders/{}",
            "/orders/<int:id>|/orders/{}",
            "/orders?status=open|/orders",
            "/books{?max,offset}|/books",
            "/books/{id}{?fields}|/books/{}",
            "/files/{*path}|/files/**",
            "/|/",
            "''|/",
            "{|/{}",
            "/orders/{|/orders/{}",
            "/orders/{id|/orders/{}",
            "/orders/{id/items|/orders/{}",
            "/orders/}/x|/orders/}/x",
            "/a/{\\|/a/{}",
            "/a/{{}/b|/a/{}",
            "/сервис/通知|/сервис/通知"})
    void normalises(String raw, String expected) {
        assertThat(EndpointPath.parse(raw)).hasToString(expected);
    }

    @Test
    void renamedPathParametersMatch() {
        assertThat(EndpointPath.parse("/orders/{orderId}").matches(EndpointPath.parse("/orders/{id:\\d+}"))).isTrue();
    }

    @Test
    void aParameterDoesNotMatchALiteralSegment() {
        assertThat(EndpointPath.parse("/orders/{id}").matches(EndpointPath.parse("/orders/current"))).isFalse();
    }

    @Test
    void singleStarMatchesOneSegmentOnEitherSide() {
        assertThat(EndpointPath.parse("/files/*").matches(EndpointPath.parse("/files/{name}"))).isTrue();
        assertThat(EndpointPath.parse("/files/report").matches(EndpointPath.parse("/files/*"))).isTrue();
        assertThat(EndpointPath.parse("/files/*").matches(EndpointPath.parse("/files/a/b"))).isFalse();
        assertThat(EndpointPath.parse("/files/*.json").matches(EndpointPath.parse("/files/data.json"))).isTrue();
    }

    @Test
    void doubleStarMatchesAnyNumberOfSegments() {
        assertThat(EndpointPath.parse("/static/**").matches(EndpointPath.parse("/static/css/site.css"))).isTrue();
        assertThat(EndpointPath.parse("/static/**").matches(EndpointPath.parse("/static"))).isTrue();
        assertThat(EndpointPath.parse("/api/**/health").matches(EndpointPath.parse("/api/v1/x/health"))).isTrue();
        assertThat(EndpointPath.parse("/static/**").matches(EndpointPath.parse("/public/css"))).isFalse();
    }

    @Test
    void pathsAreCaseSensitive() {
        assertThat(EndpointPath.parse("/Orders").matches(EndpointPath.parse("/orders"))).isFalse();
        assertThat(EndpointPath.parse("/Orders").equalsIgnoreCase(EndpointPath.parse("/orders"))).isTrue();
    }

    @Test
    void distanceCountsSegmentEdits() {
        assertThat(EndpointPath.parse("/v1/orders").distanceTo(EndpointPath.parse("/v2/orders"))).isEqualTo(1);
        assertThat(EndpointPath.parse("/orders").distanceTo(EndpointPath.parse("/api/orders"))).isEqualTo(1);
        assertThat(EndpointPath.parse("/orders/{id}").distanceTo(EndpointPath.parse("/orders/{x}"))).isZero();
        assertThat(EndpointPath.parse("/a/b").distanceTo(EndpointPath.parse("/c/d"))).isEqualTo(2);
    }

    @Test
    void manyGlobsAgainstALongPathAreDecidedQuickly() {
        EndpointPath globs = EndpointPath.parse("/**".repeat(40) + "/x");
        EndpointPath long1 = EndpointPath.parse("/a".repeat(40) + "/b");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
            assertThat(globs.matches(long1)).isFalse();
            assertThat(long1.matches(globs)).isFalse();
            assertThat(globs.matches(EndpointPath.parse("/a".repeat(40) + "/x"))).isTrue();
        });
    }

    @Test
    void aPathOfThousandsOfSegmentsIsComparedWithoutRecursion() {
        EndpointPath deep = EndpointPath.parse("/a".repeat(50_000));
        assertThat(deep.matches(EndpointPath.parse("/a".repeat(50_000)))).isTrue();
        assertThat(deep.matches(EndpointPath.parse("/a".repeat(49_999) + "/b"))).isFalse();
        assertThat(EndpointPath.parse("/**").matches(deep)).isTrue();
    }

    @Test
    void oneSegmentFromAgreesWithTheEditDistanceOnGeneratedPaths() {
        String[] pieces = {"orders", "items", "{}", "*", "or*", "ORDERS", "v1", "**"};
        java.util.Random random = new java.util.Random(17);
        for (int n = 0; n < 20_000; n++) {
            EndpointPath a = EndpointPath.parse(randomPath(random, pieces));
            EndpointPath b = EndpointPath.parse(randomPath(random, pieces));

            assertThat(a.oneSegmentFrom(b)).as(a + " and " + b).isEqualTo(a.distanceTo(b) == 1);
            assertThat(b.oneSegmentFrom(a)).as(b + " and " + a).isEqualTo(b.distanceTo(a) == 1);
        }
    }

    private static String randomPath(java.util.Random random, String[] pieces) {
        StringBuilder path = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            path.append('/').append(pieces[random.nextInt(pieces.length)]);
        }
        return path.toString();
    }
}
