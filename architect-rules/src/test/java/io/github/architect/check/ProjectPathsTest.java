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

    @Test
    void relativeIsWhatThePathsThemselvesSay() {
        for (String file : new String[] {"/work/shop/a/B.java", "/work/shop", "/work/shop/", "/work/shop2/B.java",
                "/work/shop/./a/../B.java", "/work/shop/.mvn/x", "/work/shop/a/..", "/work/other/../shop/C.java",
                "/work", "/work/shop/a b/Ü.java", "relative/D.java", "/work/shop/..hidden"}) {
            Path path = Path.of(file);
            Path absolute = path.toAbsolutePath().normalize();
            String expected = (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');

            assertThat(ProjectPaths.relative(root, path)).as(file).isEqualTo(expected);
            assertThat(ProjectPaths.relative(Path.of("/work/./shop"), path)).as(file).isEqualTo(expected);
        }
    }
}
