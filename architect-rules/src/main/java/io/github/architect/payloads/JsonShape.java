package io.github.architect.payloads;

import com.github.javaparser.ast.type.Type;
import io.github.architect.endpoints.source.SourceType;

import java.util.Map;

/** What a Java type looks like in JSON once Jackson has bound it. */
sealed interface JsonShape {

    /** A JSON scalar, or anything at all (a map, {@code Object}, {@code JsonNode}). */
    enum Scalar implements JsonShape { STRING, NUMBER, BOOLEAN, ANY }

    /** No body: {@code void}. */
    record None() implements JsonShape {
    }

    record ArrayOf(JsonShape element) implements JsonShape {
    }

    /** A class or record of the project's sources, with the type arguments its type variables are bound to. */
    record ObjectOf(SourceType type, Map<String, TypeUse> bindings) implements JsonShape {
    }

    /** Spring Data's {@code Page} as Jackson writes it: an object whose {@code content} holds the elements. */
    record PageOf(JsonShape content) implements JsonShape {
    }

    /** A type whose source is not in the build: not guessed. */
    record Unresolved(String name) implements JsonShape {
    }

    /**
     * A type as written somewhere, with where it is written (to resolve its name) and what the type
     * variables there stand for.
     */
    record TypeUse(Type type, SourceType scope, Map<String, TypeUse> bindings) {
    }
}
