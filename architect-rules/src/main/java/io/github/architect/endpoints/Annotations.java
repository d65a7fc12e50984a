package io.github.architect.endpoints;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.Optional;
import java.util.Set;

/** Reading annotations by simple name, the way they are written in source. */
final class Annotations {

    private Annotations() {
    }

    static String simpleName(AnnotationExpr annotation) {
        return annotation.getName().getIdentifier();
    }

    static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, Set<String> simpleNames) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (simpleNames.contains(simpleName(annotation))) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    static boolean has(NodeWithAnnotations<?> node, String simpleName) {
        return find(node, Set.of(simpleName)).isPresent();
    }
}
