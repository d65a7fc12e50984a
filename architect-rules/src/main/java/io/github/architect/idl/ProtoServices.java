package io.github.architect.idl;

import java.util.ArrayList;
import java.util.List;

/**
 * The services and rpcs of a {@code .proto} text. A small tokenizer rather than protoc: comments,
 * strings, options, messages, enums and extensions are skipped; only {@code service} blocks and
 * their {@code rpc} lines are read.
 */
public final class ProtoServices {

    /** One rpc, at a 1-based line and column of the text. */
    public record Rpc(String packageName, String service, String name, int line, int column) {
    }

    /** @param error why the text cannot be read, or null; then {@code line}/{@code column} place it */
    public record Parsed(List<Rpc> rpcs, String error, int line, int column) {

        public Parsed {
            rpcs = List.copyOf(rpcs);
        }

        public boolean failed() {
            return error != null;
        }
    }

    record Token(String text, int line, int column, boolean string) {
        boolean is(String s) {
            return !string && text.equals(s);
        }
    }

    static final class SyntaxError extends Exception {
        final int line;
        final int column;

        SyntaxError(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private final List<Token> tokens;
    private int next;

    private ProtoServices(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Parsed parse(String text) {
        try {
            return new ProtoServices(tokenize(text)).read();
        } catch (SyntaxError e) {
            return new Parsed(List.of(), e.getMessage(), e.line, e.column);
        }
    }

    static List<Token> tokenize(String text) throws SyntaxError {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int startLine = line;
                int startColumn = i - lineStart + 1;
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new SyntaxError("a /* comment is never closed", startLine, startColumn);
                }
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end + 2;
            } else if (c == '"' || c == '\'') {
                int start = i++;
                StringBuilder value = new StringBuilder();
                while (i < text.length() && text.charAt(i) != c) {
                    if (text.charAt(i) == '\n') {
                        throw new SyntaxError("a string is not closed on its line", line, start - lineStart + 1);
                    }
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                if (i >= text.length()) {
                    throw new SyntaxError("a string is never closed", line, start - lineStart + 1);
                }
                i++;
                tokens.add(new Token(value.toString(), line, start - lineStart + 1, true));
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '.' || text.charAt(i) == '-' && i > start && isExponent(text, start, i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), line, start - lineStart + 1, false));
            } else {
                tokens.add(new Token(String.valueOf(c), line, i - lineStart + 1, false));
                i++;
            }
        }
        return tokens;
    }

    /** A '-' inside a number such as 1e-5. */
    private static boolean isExponent(String text, int start, int i) {
        return Character.isDigit(text.charAt(start)) && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E');
    }

    private Parsed read() throws SyntaxError {
        List<Rpc> rpcs = new ArrayList<>();
        String packageName = "";
        while (next < tokens.size()) {
            Token token = tokens.get(next);
            if (token.is("package")) {
                next++;
                packageName = expectName("a package name after 'package'").text();
                skipStatement();
            } else if (token.is("service")) {
                next++;
                Token name = expectName("a service name after 'service'");
                expect("{", "'{' after service " + name.text());
                readService(packageName, name.text(), rpcs);
            } else {
                skipStatement();
            }
        }
        return new Parsed(rpcs, null, 0, 0);
    }

    private void readService(String packageName, String service, List<Rpc> rpcs) throws SyntaxError {
        while (true) {
            Token token = current("service " + service + " is never closed with '}'");
            if (token.is("}")) {
                next++;
                return;
            }
            if (token.is("rpc")) {
                next++;
                Token name = expectName("an rpc name after 'rpc'");
                rpcs.add(new Rpc(packageName, service, name.text(), token.line(), token.column()));
                expect("(", "'(' after rpc " + name.text());
                skipTo(")", "rpc " + name.text());
                Token returns = current("rpc " + name.text() + " has no 'returns'");
                if (!returns.is("returns")) {
                    throw new SyntaxError("expected 'returns' after the request type of rpc " + name.text()
                            + ", found '" + returns.text() + "'", returns.line(), returns.column());
                }
                next++;
                expect("(", "'(' after returns of rpc " + name.text());
                skipTo(")", "rpc " + name.text());
                Token end = current("expected ';' after rpc " + name.text());
                if (end.is(";")) {
                    next++;
                } else if (end.is("{")) {
                    skipStatement(); // the rpc's options
                } else {
                    throw new SyntaxError("expected ';' after rpc " + name.text() + ", found '" + end.text() + "'",
                            end.line(), end.column());
                }
            } else {
                skipStatement(); // option, a nested declaration, a stray ';'
            }
        }
    }

    /** Skips to the end of the statement at {@code next}: its ';' or its balanced '{ }' block. */
    private void skipStatement() throws SyntaxError {
        Token start = tokens.get(next);
        int depth = 0;
        while (next < tokens.size()) {
            Token token = tokens.get(next++);
            if (token.is("{")) {
                depth++;
            } else if (token.is("}")) {
                depth--;
                if (depth == 0) {
                    if (next < tokens.size() && tokens.get(next).is(";")) {
                        next++;
                    }
                    return;
                }
                if (depth < 0) {
                    throw new SyntaxError("a '}' closes nothing", token.line(), token.column());
                }
            } else if (token.is(";") && depth == 0) {
                return;
            }
        }
        if (depth > 0) {
            throw new SyntaxError("the block that starts here is never closed with '}'", start.line(), start.column());
        }
    }

    private void skipTo(String closer, String what) throws SyntaxError {
        while (true) {
            Token token = current(what + " is not complete");
            next++;
            if (token.is(closer)) {
                return;
            }
            if (token.is("{") || token.is("}") || token.is(";")) {
                throw new SyntaxError("expected '" + closer + "' in " + what + ", found '" + token.text() + "'",
                        token.line(), token.column());
            }
        }
    }

    private Token current(String ifMissing) throws SyntaxError {
        if (next >= tokens.size()) {
            Token last = tokens.get(tokens.size() - 1);
            throw new SyntaxError(ifMissing, last.line(), last.column());
        }
        return tokens.get(next);
    }

    private Token expectName(String what) throws SyntaxError {
        Token token = current("expected " + what);
        if (token.string() || !(Character.isLetter(token.text().charAt(0)) || token.text().charAt(0) == '_')) {
            throw new SyntaxError("expected " + what + ", found '" + token.text() + "'", token.line(), token.column());
        }
        next++;
        return token;
    }

    private void expect(String text, String what) throws SyntaxError {
        Token token = current("expected " + what);
        if (!token.is(text)) {
            throw new SyntaxError("expected " + what + ", found '" + token.text() + "'", token.line(), token.column());
        }
        next++;
    }
}
