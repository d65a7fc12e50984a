package io.github.architect.schema.migration;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an XML changelog into {@link ChangelogNode}s with StAX, keeping line numbers. DTDs and external
 * entities are not processed: a changelog must not make the build read other files or the network.
 */
final class XmlChangelogParser {

    private XmlChangelogParser() {
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final List<ChangelogNode> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final int line;
        int textLine = -1;

        Builder(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        ChangelogNode build() {
            String content = text.toString();
            return new ChangelogNode(name, attributes, children, content.isBlank() ? null : content,
                    textLine < 0 ? line : textLine, line);
        }
    }

    static ChangelogNode parse(String xml) throws ChangelogSyntaxException {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(xml));
            Deque<Builder> open = new ArrayDeque<>();
            ChangelogNode root = null;
            // the reader's location is where an event ends: the previous event's end is where this one starts
            int start = 1;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        open.push(new Builder(reader.getLocalName(), attributes, start));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        Builder current = open.peek();
                        if (current != null) {
                            String text = reader.getText();
                            if (current.textLine < 0) {
                                current.textLine = start;
                            }
                            current.text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        ChangelogNode done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    default -> {
                        // comments, processing instructions, the document type
                    }
                }
                start = reader.getLocation().getLineNumber();
            }
            if (root == null) {
                throw new ChangelogSyntaxException("no root element", 1, null);
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            throw new ChangelogSyntaxException(firstLine(e.getMessage()), line, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was opened that needs releasing
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed XML";
        }
        String text = message.replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "").strip();
        return text.lines().findFirst().orElse(text);
    }
}
