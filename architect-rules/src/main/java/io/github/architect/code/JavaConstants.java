package io.github.architect.code;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one constant folder of every check: evaluates the compile-time constant expressions annotations hold: literals, concatenations and
 * constants declared anywhere in the project's sources ({@code ApiPaths.BASE},
 * {@code SESSIONS + "/current"}, static imports, inherited interface constants).
 */
public final class JavaConstants {

    private static final int MAX_DEPTH = 16;

    private final JavaTypes types;

    public JavaConstants(JavaTypes types) {
        this.types = types;
    }

    /** Each string of a value that may be a single expression or an array initializer. */
    public List<String> strings(Expression value, JavaType scope) throws Unresolvable {
        List<String> values = new ArrayList<>();
        if (value instanceof ArrayInitializerExpr array) {
            for (Expression element : array.getValues()) {
                values.add(string(element, scope, 0));
            }
        } else {
            values.add(string(value, scope, 0));
        }
        return values;
    }

    public String string(Expression value, JavaType scope) throws Unresolvable {
        return string(value, scope, 0);
    }

    private String string(Expression e, JavaType scope, int depth) throws Unresolvable {
        if (depth > MAX_DEPTH) {
            throw new Unresolvable("constant '" + e + "' refers to itself or is nested too deeply");
        }
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return t.asString();
        }
        if (e instanceof CharLiteralExpr c) {
            return String.valueOf(c.asChar());
        }
        if (e instanceof IntegerLiteralExpr i) {
            return String.valueOf(i.asNumber());
        }
        if (e instanceof LongLiteralExpr l) {
            return String.valueOf(l.asNumber());
        }
        if (e instanceof EnclosedExpr enclosed) {
            return string(enclosed.getInner(), scope, depth + 1);
        }
        if (e instanceof CastExpr cast) {
            return string(cast.getExpression(), scope, depth + 1);
        }
        if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return string(binary.getLeft(), scope, depth + 1) + string(binary.getRight(), scope, depth + 1);
        }
        if (e instanceof NameExpr name) {
            JavaTypes.Constant constant = byName(name.getNameAsString(), scope)
                    .orElseThrow(() -> new Unresolvable("constant '" + name + "' is not declared in the project's sources"));
            return string(constant.variable().getInitializer().orElseThrow(), constant.owner(), depth + 1);
        }
        if (e instanceof FieldAccessExpr access) {
            String owner = access.getScope().toString();
            JavaType type = types.resolve(owner, scope).orElseThrow(() -> new Unresolvable(
                    "'" + access + "': type " + owner + " is not in the project's sources"));
            JavaTypes.Constant constant = types.field(type, access.getNameAsString()).orElseThrow(() ->
                    new Unresolvable("'" + access + "': " + owner + " declares no constant " + access.getNameAsString()));
            return string(constant.variable().getInitializer().orElseThrow(), constant.owner(), depth + 1);
        }
        throw new Unresolvable("'" + e + "' is computed at run time");
    }

    /** A simple name: a field of the class, of its enclosing classes or their supertypes, or a static import. */
    private Optional<JavaTypes.Constant> byName(String name, JavaType scope) {
        for (JavaType type = scope; type != null; type = type.enclosing()) {
            Optional<JavaTypes.Constant> field = types.field(type, name);
            if (field.isPresent()) {
                return field;
            }
        }
        List<ImportDeclaration> imports = scope.source().unit().getImports();
        for (ImportDeclaration imp : imports) {
            if (imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(name)) {
                Optional<String> owner = imp.getName().getQualifier().map(Object::toString);
                if (owner.isPresent()) {
                    Optional<JavaTypes.Constant> field = types.resolveQualified(owner.get())
                            .flatMap(t -> types.field(t, name));
                    if (field.isPresent()) {
                        return field;
                    }
                }
            }
        }
        for (ImportDeclaration imp : imports) {
            if (imp.isStatic() && imp.isAsterisk()) {
                Optional<JavaTypes.Constant> field = types.resolveQualified(imp.getNameAsString())
                        .flatMap(t -> types.field(t, name));
                if (field.isPresent()) {
                    return field;
                }
            }
        }
        return Optional.empty();
    }
}
