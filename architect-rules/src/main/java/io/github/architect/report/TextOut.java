package io.github.architect.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Text appended as to a StringBuilder but handed straight to a Writer: a report of tens of thousands
 * of findings is tens of MB, which as one String would be built, copied and encoded once more.
 * A failed write surfaces as {@link UncheckedIOException}, which the renderer unwraps.
 */
final class TextOut {

    /** A renderer that writes a report's text to a Writer. */
    interface Rendering {
        void writeTo(Writer out) throws IOException;
    }

    /** The text a rendering writes, as one String: the same characters it writes into a report's file. */
    static String asString(Rendering rendering, int initialCapacity) {
        java.io.StringWriter out = new java.io.StringWriter(initialCapacity);
        try {
            rendering.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private final Writer out;

    TextOut(Writer out) {
        this.out = out;
    }

    TextOut append(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TextOut append(char c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TextOut append(long n) {
        return append(Long.toString(n));
    }
}
