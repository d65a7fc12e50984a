package io.github.architect.doc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.architect.code.ReadFailure;
import io.github.architect.model.OpenApiDocument.Problem;
import io.github.architect.model.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every {@code $ref} of an OpenAPI contract, and of the files it refers to, checked before
 * swagger-parser sees the contract: a build never fetches what a document names, so a remote
 * reference is a finding at its line, not a request, and only relative references to files inside
 * the project are left for the parser to resolve. The YAML is read with a cap on aliases, so an
 * alias bomb is a finding in milliseconds rather than seconds of expansion.
 *
 * @param problems the findings; when any, the parser must not resolve references
 * @param files    every file reached by a relative reference, for the cache
 * @param readable false when the YAML or JSON was refused (an alias bomb, a syntax error): then the
 *                 parser must not see the contract at all
 */
record OpenApiReferences(List<Problem> problems, List<Path> files, boolean readable) {

    /** Aliases of collections one document may hold: SnakeYAML's own default, which the parser lifts. */
    private static final int MAX_ALIASES = 50;
    /** Nodes the aliases of a document may expand to before it is taken for an alias bomb. */
    private static final long MAX_EXPANDED_NODES = 200_000;
    /** Large public APIs' contracts pass SnakeYAML's 3 MB default; the aliases are what is capped. */
    private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;
    private static final Pattern SCHEME = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//).*", Pattern.DOTALL);

    OpenApiReferences {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    /**
     * @param text      the contract
     * @param file      the file it is read from, or null for a block in the document (whose
     *                  relative references the parser does not resolve)
     * @param firstLine the line of {@code locationFile} where {@code text} starts
     * @param locationFile where the contract's lines are: {@code file}, or the document for a block
     * @param project   the directory every referenced file must be in
     */
    static OpenApiReferences check(String text, Path file, int firstLine, Path locationFile, Path project) {
        Checker checker = new Checker(project);
        checker.visit(text, file, firstLine, locationFile);
        Path start = file == null ? null : file.toAbsolutePath().normalize();
        // reached grows while it is walked: each file referenced is read once, however many refer to it
        for (int i = 0; i < checker.reached.size(); i++) {
            Path next = checker.reached.get(i);
            if (next.equals(start)) {
                continue;
            }
            try {
                checker.visit(Files.readString(next, StandardCharsets.UTF_8), next, 1, next);
            } catch (IOException e) {
                checker.problem(next, 1, "Cannot read " + next + ": " + ReadFailure.of(next, e).describe());
            }
        }
        return new OpenApiReferences(checker.problems, List.copyOf(checker.reached), checker.readable);
    }

    private static final class Checker {
        private final Path project;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Path> reached = new ArrayList<>();
        private boolean readable = true;

        Checker(Path project) {
            this.project = project.toAbsolutePath().normalize();
        }

        void problem(Path file, int line, String message) {
            problems.add(new Problem(file, Position.of(line, 1), message));
        }

        void visit(String text, Path file, int firstLine, Path locationFile) {
            Map<String, Integer> references = text.stripLeading().startsWith("{")
                    ? jsonReferences(text, firstLine, locationFile)
                    : yamlReferences(text, firstLine, locationFile);
            references.forEach((reference, line) -> reference(reference, line, file, locationFile));
        }

        private void reference(String reference, int line, Path file, Path locationFile) {
            if (reference.startsWith("#")) {
                return;
            }
            if (SCHEME.matcher(reference).matches()) {
                problem(locationFile, line, "$ref " + reference + " is not a file of the project: architect never"
                        + " fetches what a document names. Copy what it refers to into the project and refer to it"
                        + " by a relative path, e.g. $ref: schemas/order.yaml#/Order");
                return;
            }
            if (file == null) {
                return; // a block's relative references are not resolved: it has no directory of its own
            }
            String path = reference.contains("#") ? reference.substring(0, reference.indexOf('#')) : reference;
            if (path.isEmpty()) {
                return;
            }
            Path target;
            try {
                target = file.toAbsolutePath().getParent().resolve(path).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                problem(locationFile, line, "$ref " + reference + " is not a valid path: " + e.getReason());
                return;
            }
            if (!target.startsWith(project)) {
                problem(locationFile, line, "$ref " + reference + " names " + target + ", outside the project "
                        + project + ": architect reads only files of the project. Copy the file into the project"
                        + " and refer to it by a relative path.");
            } else if (!Files.isRegularFile(target)) {
                problem(locationFile, line, "$ref " + reference + " names " + target + ", which does not exist:"
                        + " correct the path, or add the file.");
            } else if (!reached.contains(target)) {
                reached.add(target);
            }
        }

        /** Every {@code $ref} value of a YAML document with its line; none when the YAML is refused. */
        private Map<String, Integer> yamlReferences(String text, int firstLine, Path locationFile) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setAllowRecursiveKeys(false);
            options.setCodePointLimit(CODE_POINT_LIMIT);
            Node root;
            try {
                root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            } catch (YAMLException e) {
                readable = false;
                int line = e instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                        ? marked.getProblemMark().getLine() : 0;
                problem(locationFile, firstLine + line, "The OpenAPI document cannot be read as YAML: "
                        + firstLine(e.getMessage()));
                return Map.of();
            }
            Map<String, Integer> references = new java.util.LinkedHashMap<>();
            if (root == null) {
                return references;
            }
            Map<Node, Long> expanded = new IdentityHashMap<>();
            long size = expandedSize(root, expanded);
            if (size > MAX_EXPANDED_NODES && size > 10L * expanded.size()) {
                readable = false;
                problem(locationFile, firstLine + root.getStartMark().getLine(), "The OpenAPI document's YAML aliases"
                        + " expand its " + expanded.size() + " nodes to " + size + ": write the repeated parts out,"
                        + " or use $ref instead of aliases.");
                return Map.of();
            }
            for (Node node : expanded.keySet()) {
                if (node instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("$ref")
                                && tuple.getValueNode() instanceof ScalarNode value) {
                            references.putIfAbsent(value.getValue(), firstLine + value.getStartMark().getLine());
                        }
                    }
                }
            }
            return references;
        }

        /** The nodes a document expands to, each shared node counted where it is used; YAML nesting is capped, so recursion is shallow. */
        private static long expandedSize(Node node, Map<Node, Long> sizes) {
            Long known = sizes.get(node);
            if (known != null) {
                return known;
            }
            sizes.put(node, 1L); // a recursive alias counts once rather than forever
            long size = 1;
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    size = saturatedAdd(size, expandedSize(tuple.getKeyNode(), sizes));
                    size = saturatedAdd(size, expandedSize(tuple.getValueNode(), sizes));
                }
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    size = saturatedAdd(size, expandedSize(item, sizes));
                }
            }
            sizes.put(node, size);
            return size;
        }

        private static long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }

        /** Every {@code $ref} value of a JSON document with its line. */
        private Map<String, Integer> jsonReferences(String text, int firstLine, Path locationFile) {
            Map<String, Integer> references = new java.util.LinkedHashMap<>();
            try (JsonParser parser = new JsonFactory().createParser(text)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.FIELD_NAME && parser.currentName().equals("$ref")
                            && parser.nextToken() == JsonToken.VALUE_STRING) {
                        references.putIfAbsent(parser.getText(), firstLine - 1 + parser.currentLocation().getLineNr());
                    }
                }
            } catch (IOException e) {
                readable = false;
                problem(locationFile, firstLine, "The OpenAPI document cannot be read as JSON: " + firstLine(e.getMessage()));
                return Map.of();
            }
            return references;
        }

        private static String firstLine(String message) {
            return message == null ? "" : message.lines().findFirst().orElse("");
        }
    }
}
