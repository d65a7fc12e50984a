package io.github.architect.payloads;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** HTTP statuses as Spring's and Micronaut's {@code HttpStatus} and JAX-RS's {@code Response.Status} name them. */
final class StatusCodes {

    private static final Map<String, Integer> BY_NAME = names();

    private StatusCodes() {
    }

    private static Map<String, Integer> names() {
        Map<String, Integer> m = new HashMap<>();
        Object[] pairs = {"CONTINUE", 100, "OK", 200, "CREATED", 201, "ACCEPTED", 202, "NON_AUTHORITATIVE_INFORMATION", 203,
                "NO_CONTENT", 204, "RESET_CONTENT", 205, "PARTIAL_CONTENT", 206, "MULTI_STATUS", 207,
                "MOVED_PERMANENTLY", 301, "FOUND", 302, "SEE_OTHER", 303, "NOT_MODIFIED", 304,
                "TEMPORARY_REDIRECT", 307, "PERMANENT_REDIRECT", 308, "BAD_REQUEST", 400, "UNAUTHORIZED", 401,
                "PAYMENT_REQUIRED", 402, "FORBIDDEN", 403, "NOT_FOUND", 404, "METHOD_NOT_ALLOWED", 405,
                "NOT_ACCEPTABLE", 406, "REQUEST_TIMEOUT", 408, "CONFLICT", 409, "GONE", 410, "LENGTH_REQUIRED", 411,
                "PRECONDITION_FAILED", 412, "PAYLOAD_TOO_LARGE", 413, "REQUEST_ENTITY_TOO_LARGE", 413,
                "UNSUPPORTED_MEDIA_TYPE", 415, "UNPROCESSABLE_ENTITY", 422, "UNPROCESSABLE_CONTENT", 422,
                "LOCKED", 423, "TOO_MANY_REQUESTS", 429, "INTERNAL_SERVER_ERROR", 500, "NOT_IMPLEMENTED", 501,
                "BAD_GATEWAY", 502, "SERVICE_UNAVAILABLE", 503, "GATEWAY_TIMEOUT", 504};
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return Map.copyOf(m);
    }

    /** {@code HttpStatus.CREATED}, {@code Status.CREATED}, {@code 201}, {@code HttpStatus.valueOf(201)}. */
    static OptionalInt of(Expression expression) {
        if (expression instanceof IntegerLiteralExpr literal) {
            try {
                return OptionalInt.of(Integer.parseInt(literal.getValue()));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        if (expression instanceof FieldAccessExpr access) {
            return named(access.getNameAsString());
        }
        if (expression instanceof NameExpr name) {
            return named(name.getNameAsString());
        }
        if (expression instanceof MethodCallExpr call && call.getArguments().size() == 1
                && (call.getNameAsString().equals("valueOf") || call.getNameAsString().equals("fromStatusCode"))) {
            return of(call.getArgument(0));
        }
        if (expression instanceof MethodCallExpr call && call.getNameAsString().equals("getStatusCode")
                && call.getScope().isPresent()) {
            return of(call.getScope().get());
        }
        return OptionalInt.empty();
    }

    static OptionalInt named(String name) {
        Integer code = BY_NAME.get(name);
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }
}
