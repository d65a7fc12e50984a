package io.github.architect.code;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;

import java.nio.charset.StandardCharsets;

/** The one JavaParser configuration every source scanner uses. */
final class JavaSourceParser {

    private JavaSourceParser() {
    }

    /**
     * A new parser; a JavaParser instance is not thread-safe, so use one per thread.
     * JavaParser validates against Java 11 unless told otherwise and would reject records,
     * sealed types and text blocks. Tokens stay on: node ranges (the line numbers of every
     * finding) are derived from them. Comment attribution is only for tools that print code back.
     */
    public static JavaParser create() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setAttributeComments(false)
                .setDetectOriginalLineSeparator(false)
                .setCharacterEncoding(StandardCharsets.UTF_8));
    }
}
