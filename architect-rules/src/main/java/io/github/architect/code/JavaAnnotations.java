package io.github.architect.code;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.Optional;
import java.util.Set;

/** Reading annotations of parsed sources, the same way for every check that scans them. */
public final class JavaAnnotations {

    private JavaAnnotations() {
    }

    /** The annotation's name as written, without a qualifier: {@code RequestMapping} for {@code @org.x.RequestMapping}. */
    public static String simpleName(AnnotationExpr annotation) {
        return annotation.getName().getIdentifier();
    }

    /** The first annotation of the node whose simple name is one of {@code simpleNames}. */
    public static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, Set<String> simpleNames) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (simpleNames.contains(simpleName(annotation))) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    public static boolean has(NodeWithAnnotations<?> node, String simpleName) {
        return find(node, Set.of(simpleName)).isPresent();
    }

    /** The first of the named attributes that is set; "value" also covers {@code @A("x")}. */
    public static Optional<Expression> attribute(AnnotationExpr annotation, String... names) {
        for (String name : names) {
            if (annotation instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
                return Optional.of(single.getMemberValue());
            }
            if (annotation instanceof NormalAnnotationExpr normal) {
                for (MemberValuePair pair : normal.getPairs()) {
                    if (pair.getNameAsString().equals(name)) {
                        return Optional.of(pair.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
