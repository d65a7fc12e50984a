package io.github.architect.doc;

import io.github.architect.model.Consideration;
import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentences of section 7 (Key Considerations), outside code, each with its line and column. */
final class ConsiderationReader {

    private static final Pattern MARKER = Pattern.compile("^(\\s*(?:>\\s*)?(?:(?:[-*+]|\\d+[.)])\\s+)?)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}*_`])");

    private ConsiderationReader() {
    }

    static List<Consideration> read(MarkdownOutline outline) {
        List<Consideration> sentences = new ArrayList<>();
        SourceText source = outline.source();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.KEY_CONSIDERATIONS)) {
            for (int line = section.fromLine() + 1; line <= section.toLine(); line++) {
                String text = source.line(line);
                if (source.isCode(line) || text.isBlank() || text.stripLeading().startsWith("#")
                        || text.stripLeading().startsWith("|")) {
                    continue;
                }
                Matcher marker = MARKER.matcher(text);
                int start = marker.find() ? marker.end() : 0;
                String body = text.substring(start);
                int offset = 0;
                for (String sentence : SENTENCE_END.split(body)) {
                    int at = body.indexOf(sentence, offset);
                    offset = Math.max(at, 0) + sentence.length();
                    String plain = Markup.strip(sentence).strip();
                    if (!plain.isEmpty()) {
                        sentences.add(new Consideration(plain, Position.of(line, start + Math.max(at, 0) + 1)));
                    }
                }
            }
        }
        return sentences;
    }
}
