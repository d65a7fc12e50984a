package io.github.architect.doc;

import io.github.architect.model.SectionKind;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The structure of the document: headings (never inside code), code blocks, tables, and which
 * lines belong to which of the seven sections. Parsed once with commonmark-java.
 */
final class MarkdownOutline {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(MarkdownOutline::headingsAndCellsOnly)
            .build();

    /** A stretch of lines belonging to one section, from its heading to the line before the next. */
    record SectionRange(SectionKind kind, Heading heading, int fromLine, int toLine) {
        boolean contains(int line) {
            return line >= fromLine && line <= toLine;
        }
    }

    private final SourceText source;
    private final List<Heading> headings = new ArrayList<>();
    private final List<CodeBlock> codeBlocks = new ArrayList<>();
    private final List<MarkdownTable> tables = new ArrayList<>();
    private final List<SectionRange> sections = new ArrayList<>();
    private final MarkdownNesting nesting;
    private int[] parents;
    private int[] headingLines;

    MarkdownOutline(String markdown) {
        this.source = new SourceText(markdown);
        // the readers that scan lines see the text as written; commonmark sees it with its nesting capped
        this.nesting = MarkdownNesting.cap(markdown);
        Node document = PARSER.parse(nesting.markdown());
        collect(document);
        linkHeadings();
        findSections();
    }

    /**
     * commonmark's own inline parser, run on headings and table cells only: the outline reads the
     * text of nothing else (the readers read paragraphs and lists line by line from the source), and
     * parsing the inline content of every paragraph was most of commonmark's time on a large document.
     * Link reference definitions are still collected, at block level, so links in headings and cells
     * resolve as before.
     */
    private static InlineParser headingsAndCellsOnly(InlineParserContext context) {
        InlineParser full = new org.commonmark.internal.InlineParserImpl(context);
        return (lines, block) -> {
            if (!(block instanceof Paragraph)) {
                full.parse(lines, block);
            }
        };
    }

    /** Where the document nests deeper than it is read. */
    MarkdownNesting nesting() {
        return nesting;
    }

    SourceText source() {
        return source;
    }

    List<Heading> headings() {
        return headings;
    }

    List<CodeBlock> codeBlocks() {
        return codeBlocks;
    }

    List<MarkdownTable> tables() {
        return tables;
    }

    List<SectionRange> sections() {
        return sections;
    }

    List<SectionRange> sections(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The headings enclosing a line, nearest first (a heading on that very line excluded). */
    List<Heading> enclosingHeadings(int line) {
        int index = Arrays.binarySearch(headingLines, line);
        int last = index >= 0 ? index - 1 : -index - 2;
        if (index >= 0) {
            // the heading on this line: its enclosing headings are its parents
            last = parents[index];
        }
        List<Heading> chain = new ArrayList<>();
        for (int i = last; i >= 0; i = parents[i]) {
            chain.add(headings.get(i));
        }
        return chain;
    }

    /** The last line of the heading's content: the line before the next heading at its level or above. */
    int endOfHeading(Heading heading, int limit) {
        int index = Arrays.binarySearch(headingLines, heading.line());
        for (int i = index + 1; i < headings.size(); i++) {
            Heading next = headings.get(i);
            if (next.line() > limit) {
                break;
            }
            if (next.level() <= heading.level()) {
                return next.line() - 1;
            }
        }
        return limit;
    }

    /** The headings strictly inside a line range. */
    List<Heading> headingsWithin(int fromLine, int toLine) {
        return headings.stream().filter(h -> h.line() > fromLine && h.line() <= toLine).toList();
    }

    private void linkHeadings() {
        parents = new int[headings.size()];
        headingLines = new int[headings.size()];
        List<Integer> stack = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            headingLines[i] = heading.line();
            while (!stack.isEmpty() && headings.get(stack.get(stack.size() - 1)).level() >= heading.level()) {
                stack.remove(stack.size() - 1);
            }
            parents[i] = stack.isEmpty() ? -1 : stack.get(stack.size() - 1);
            stack.add(i);
        }
    }

    private void findSections() {
        List<SectionRange> open = new ArrayList<>();
        int openLevel = Integer.MAX_VALUE;
        for (Heading heading : headings) {
            boolean nested = !open.isEmpty() && heading.level() > openLevel;
            if (!open.isEmpty() && !nested) {
                close(open, heading.line() - 1);
                openLevel = Integer.MAX_VALUE;
            }
            if (nested && !numberedApart(heading, open.get(0).heading())) {
                // a sub-heading such as "### 4.2 API Endpoints" or "#### Data" belongs to its section
                continue;
            }
            Set<SectionKind> kinds = SectionMatcher.match(heading.text());
            if (kinds.isEmpty()) {
                continue;
            }
            if (nested) {
                close(open, heading.line() - 1);
            }
            for (SectionKind kind : EnumSet.copyOf(kinds)) {
                open.add(new SectionRange(kind, heading, heading.line(), Integer.MAX_VALUE));
            }
            openLevel = heading.level();
        }
        close(open, source.lineCount());
    }

    /** True when a nested heading carries a top-level number other than its section's ("## 5" under "# 4"). */
    private static boolean numberedApart(Heading heading, Heading section) {
        String number = SectionMatcher.leadingNumber(heading.text());
        return number != null && !number.equals(SectionMatcher.leadingNumber(section.text()));
    }

    private void close(List<SectionRange> open, int toLine) {
        for (SectionRange range : open) {
            sections.add(new SectionRange(range.kind(), range.heading(), range.fromLine(), toLine));
        }
        open.clear();
    }

    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    static int column(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }

    /** Plain text of a node: text and code spans, line breaks as spaces. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        MarkdownNesting.walk(node, n -> {
            if (n instanceof Text text) {
                out.append(text.getLiteral());
            } else if (n instanceof Code code) {
                out.append(code.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            }
            return true;
        });
        return (singleSpaced(out) ? out.toString() : WHITESPACE.matcher(out).replaceAll(" ")).trim();
    }

    /** True when collapsing runs of whitespace into one space would change nothing. */
    private static boolean singleSpaced(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static void codeSpans(Node node, List<String> out) {
        MarkdownNesting.walk(node, n -> {
            if (n instanceof Code code) {
                out.add(code.getLiteral().trim());
            }
            return true;
        });
    }

    /** Headings, code blocks and tables, in document order; what is inside them is read from them. */
    private void collect(Node document) {
        MarkdownNesting.walk(document, node -> {
            if (node instanceof org.commonmark.node.Heading heading) {
                List<String> spans = new ArrayList<>();
                codeSpans(heading, spans);
                headings.add(new Heading(heading.getLevel(), text(heading), spans,
                        line(heading), Math.max(1, column(heading))));
                return false;
            }
            if (node instanceof FencedCodeBlock block) {
                int fence = line(block);
                int last = lastLine(block);
                source.markCode(fence, last);
                String info = block.getInfo() == null ? "" : block.getInfo();
                codeBlocks.add(new CodeBlock(info, block.getLiteral(), fence + 1, fence));
                return false;
            }
            if (node instanceof IndentedCodeBlock block) {
                int first = line(block);
                source.markCode(first, lastLine(block));
                codeBlocks.add(new CodeBlock("", block.getLiteral(), first, first));
                return false;
            }
            if (node instanceof org.commonmark.ext.gfm.tables.TableBlock table) {
                tables.add(toTable(table));
                return false;
            }
            return true;
        });
    }

    private static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    private static MarkdownTable toTable(org.commonmark.ext.gfm.tables.TableBlock table) {
        List<String> header = new ArrayList<>();
        List<MarkdownTable.Row> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                if (section instanceof TableHead) {
                    header.addAll(cells);
                } else {
                    rows.add(new MarkdownTable.Row(cells, line(row)));
                }
            }
        }
        return new MarkdownTable(header, rows, line(table));
    }
}
