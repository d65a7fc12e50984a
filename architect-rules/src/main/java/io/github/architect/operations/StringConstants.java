package io.github.architect.operations;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import java.util.Optional;

/**
 * The string an annotation attribute holds: literals, concatenations and {@code static final}
 * constants of the handler's own file. Anything else is not guessed.
 */
final class StringConstants {

    private static final int MAX_DEPTH = 8;

    private final TypeDeclaration<?> scope;

    StringConstants(TypeDeclaration<?> scope) {
        this.scope = scope;
    }

    Optional<String> evaluate(Expression expression) {
        return evaluate(expression, scope, 0);
    }

    private Optional<String> evaluate(Expression e, TypeDeclaration<?> in, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (e instanceof StringLiteralExpr literal) {
            return Optional.of(literal.asString());
        }
        if (e instanceof TextBlockLiteralExpr text) {
            return Optional.of(text.asString());
        }
        if (e instanceof EnclosedExpr enclosed) {
            return evaluate(enclosed.getInner(), in, depth + 1);
        }
        if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = evaluate(binary.getLeft(), in, depth + 1);
            Optional<String> right = evaluate(binary.getRight(), in, depth + 1);
            return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
        }
        if (e instanceof NameExpr name) {
            for (TypeDeclaration<?> type = in; type != null; type = enclosing(type)) {
                Optional<Expression> initializer = constant(type, name.getNameAsString());
                if (initializer.isPresent()) {
                    return evaluate(initializer.get(), type, depth + 1);
                }
            }
            return Optional.empty();
        }
        if (e instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr owner) {
            Optional<CompilationUnit> unit = in.findCompilationUnit();
            if (unit.isPresent()) {
                for (TypeDeclaration<?> type : unit.get().findAll(TypeDeclaration.class)) {
                    if (type.getNameAsString().equals(owner.getNameAsString())) {
                        Optional<Expression> initializer = constant(type, access.getNameAsString());
                        if (initializer.isPresent()) {
                            return evaluate(initializer.get(), type, depth + 1);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Expression> constant(TypeDeclaration<?> type, String name) {
        for (FieldDeclaration field : type.getFields()) {
            boolean constant = field.isFinal() && (field.isStatic() || type.isAnnotationDeclaration()
                    || type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c && c.isInterface());
            if (!constant && !(type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration i && i.isInterface())) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(name) && variable.getInitializer().isPresent()) {
                    return variable.getInitializer();
                }
            }
        }
        return Optional.empty();
    }

    private static TypeDeclaration<?> enclosing(TypeDeclaration<?> type) {
        return type.getParentNode().filter(TypeDeclaration.class::isInstance).map(p -> (TypeDeclaration<?>) p).orElse(null);
    }
}
