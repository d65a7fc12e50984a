package io.github.architect.code;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;

import java.util.Optional;

/** Reading annotations of parsed sources, the same way for every check that scans them. */
public final class JavaAnnotations {

    private JavaAnnotations() {
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
