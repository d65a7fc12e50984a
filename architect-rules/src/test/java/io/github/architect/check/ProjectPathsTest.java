package io.github.architect.check;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectPathsTest {

    private final Path root = Path.of("/work/shop").toAbsolutePath();

    @Test
    void pathsBelowTheRootInTextBecomeRelative() {
        String text = "Closest in the code: GET /orders served by OrderApi.list() at "
                + root.resolve("orders/src/OrderApi.java") + ":[14,5]. Declared at " + root.resolve("architecture.md") + ":[3,1]";

        assertThat(ProjectPaths.relativeInText(root, text)).isEqualTo(
                "Closest in the code: GET /orders served by OrderApi.list() at orders/src/OrderApi.java:[14,5]."
                        + " Declared at architecture.md:[3,1]");
    }

    @Test
    void pathsOutsideTheRootAndLookAlikesStayAsTheyAre() {
        String sibling = root.resolveSibling("shop2").resolve("A.java").toString();
        String nested = "/x" + root.resolve("A.java");
        String text = "at " + sibling + " and " + nested + " and GET /orders";

        assertThat(ProjectPaths.relativeInText(root, text)).isEqualTo(text);
    }
}
