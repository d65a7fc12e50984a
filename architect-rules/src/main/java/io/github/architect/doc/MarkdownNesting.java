package io.github.architect.doc;

import org.commonmark.node.Node;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/**
 * Caps how deeply the Markdown nests before commonmark sees it, so that no document needs deep
 * recursion to be read: commonmark builds nested images and links recursively, and a thousand
 * nested blockquotes or list items make a tree that deep. Beyond {@link #MAX_DEPTH} levels the
 * extra blockquote and list markers at the start of a line, and the extra opening and closing
 * brackets in a paragraph, become spaces, and indentation beyond {@link #MAX_INDENT} is cut: the text
 * stays on its lines (and in its columns, but for a cut indentation), only flatter. Fenced code is
 * left alone.
 *
 * @param markdown      the text to parse
 * @param firstCutLine  the first line (1-based) where the cap was hit, or 0 when nothing was cut
 * @param cutLines      how many lines were flattened
 */
record MarkdownNesting(String markdown, int firstCutLine, int cutLines) {

    /** Far deeper than any real document nests (lists go 4 or 5 deep), far shallower than a stack overflow. */
    public static final int MAX_DEPTH = 32;

    /** Leading spaces kept on a line: list items nest by indentation too. */
    public static final int MAX_INDENT = 4 * MAX_DEPTH;

    public boolean cut() {
        return firstCutLine > 0;
    }

    /**
     * Visits a commonmark tree in document order (pre-order) with a stack of its own, since the tree
     * is as deep as the document nests; {@code enter} returns false to skip a node's children.
     */
    public static void walk(Node root, Predicate<Node> enter) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!enter.test(node)) {
                continue;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
    }

    /** The document with its nesting capped; the same text when it nests less than the cap. */
    public static MarkdownNesting cap(String markdown) {
        char[] text = markdown.toCharArray();
        StringBuilder out = null;
        int copied = 0;
        int line = 1;
        int firstCut = 0;
        int cut = 0;
        int brackets = 0;
        char fence = 0;
        int fenceLength = 0;
        int start = 0;
        while (start <= text.length) {
            int end = start;
            while (end < text.length && text[end] != '\n' && text[end] != '\r') {
                end++;
            }
            boolean lineCut = false;
            int indent = 0;
            while (start + indent < end && (text[start + indent] == ' ' || text[start + indent] == '\t')) {
                indent++;
            }
            if (fence == 0 && indent > MAX_INDENT) {
                // commonmark walks every open list item for every line: nesting by indentation costs its square
                if (out == null) {
                    out = new StringBuilder(text.length);
                }
                out.append(text, copied, start + MAX_INDENT - copied);
                copied = start + indent;
                lineCut = true;
            }
            int content = containers(text, start, end);
            if (content < 0) {
                content = -content - 1;
                lineCut = true;
            }
            if (fence != 0) {
                if (closesFence(text, content, end, fence, fenceLength)) {
                    fence = 0;
                }
            } else if (opensFence(text, content, end)) {
                int at = content;
                while (text[at] == ' ') {
                    at++;
                }
                fence = text[at];
                fenceLength = run(text, at, end, fence);
                brackets = 0;
            } else if (content == end || isBlank(text, content, end)) {
                brackets = 0; // a paragraph ends at a blank line
            } else {
                int[] depth = {brackets};
                lineCut |= flattenBrackets(text, content, end, depth);
                brackets = depth[0];
            }
            if (lineCut) {
                cut++;
                if (firstCut == 0) {
                    firstCut = line;
                }
            }
            if (end >= text.length) {
                break;
            }
            start = end + (text[end] == '\r' && end + 1 < text.length && text[end + 1] == '\n' ? 2 : 1);
            line++;
        }
        if (cut == 0) {
            return new MarkdownNesting(markdown, 0, 0);
        }
        String capped = out == null ? new String(text) : out.append(text, copied, text.length - copied).toString();
        return new MarkdownNesting(capped, firstCut, cut);
    }

    /**
     * Skips the blockquote and list markers that open the line and returns where its content starts;
     * markers beyond the cap become spaces and the result is {@code -(content + 1)}.
     */
    private static int containers(char[] text, int start, int end) {
        int depth = 0;
        int i = start;
        boolean flattened = false;
        while (true) {
            int at = i;
            while (at < end && (text[at] == ' ' || text[at] == '\t')) {
                at++;
            }
            int after = marker(text, at, end);
            if (after < 0) {
                break;
            }
            depth++;
            if (depth > MAX_DEPTH) {
                for (int j = at; j < after; j++) {
                    text[j] = ' ';
                }
                flattened = true;
            }
            i = after;
        }
        return flattened ? -i - 1 : i;
    }

    /** The end of a {@code >} or list marker at {@code at}, or -1. */
    private static int marker(char[] text, int at, int end) {
        if (at >= end) {
            return -1;
        }
        char c = text[at];
        if (c == '>') {
            return at + 1;
        }
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = at + 1;
        } else {
            after = at;
            while (after < end && after - at < 9 && text[after] >= '0' && text[after] <= '9') {
                after++;
            }
            if (after == at || after >= end || text[after] != '.' && text[after] != ')') {
                return -1;
            }
            after++;
        }
        return after == end || text[after] == ' ' || text[after] == '\t' ? after : -1;
    }

    /** Brackets nested deeper than the cap become spaces; {@code depth} carries over the paragraph. */
    private static boolean flattenBrackets(char[] text, int start, int end, int[] depth) {
        boolean flattened = false;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                // a code span holds text, not links: skip to the closing run of as many backticks
                int ticks = run(text, i, end, '`');
                int close = closingTicks(text, i + ticks, end, ticks);
                i = close < 0 ? i + ticks - 1 : close + ticks - 1;
            } else if (c == '[') {
                depth[0]++;
                if (depth[0] > MAX_DEPTH) {
                    text[i] = ' ';
                    flattened = true;
                }
            } else if (c == ']' && depth[0] > 0) {
                if (depth[0] > MAX_DEPTH) {
                    text[i] = ' ';
                    flattened = true;
                }
                depth[0]--;
            }
        }
        return flattened;
    }

    private static int closingTicks(char[] text, int from, int end, int ticks) {
        for (int i = from; i < end; i++) {
            if (text[i] == '`') {
                int length = run(text, i, end, '`');
                if (length == ticks) {
                    return i;
                }
                i += length - 1;
            }
        }
        return -1;
    }

    private static boolean opensFence(char[] text, int at, int end) {
        int i = at;
        while (i < end && i - at < 3 && text[i] == ' ') {
            i++;
        }
        return i < end && (text[i] == '`' || text[i] == '~') && run(text, i, end, text[i]) >= 3;
    }

    private static boolean closesFence(char[] text, int at, int end, char fence, int length) {
        int i = at;
        while (i < end && text[i] == ' ') {
            i++;
        }
        return i < end && text[i] == fence && run(text, i, end, fence) >= length
                && isBlank(text, i + run(text, i, end, fence), end);
    }

    private static int run(char[] text, int at, int end, char c) {
        int i = at;
        while (i < end && text[i] == c) {
            i++;
        }
        return i - at;
    }

    private static boolean isBlank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] != ' ' && text[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
