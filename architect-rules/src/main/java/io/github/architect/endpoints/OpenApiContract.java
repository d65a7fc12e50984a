package io.github.architect.endpoints;

import io.github.architect.check.Location;
import io.github.architect.doc.MarkdownNesting;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Section;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Endpoints declared by an OpenAPI 3 document in section 4: embedded as a {@code ```yaml openapi}
 * block, or linked with a line {@code openapi: path/to/openapi.yaml} (relative to the architecture
 * document). Paths x methods, prefixed with the path of {@code servers[0].url}, are declared endpoints
 * of the service whose heading encloses the block or link.
 *
 * @param linkedFiles the files linked from the document, found or not: inputs of the findings beside
 *                    the document itself, for the cache
 */
public record OpenApiContract(List<DeclaredEndpoint> endpoints, List<SourceProblem> problems, List<Path> linkedFiles) {

    private static final Pattern LINK = Pattern.compile(
            "(?i)\\bopen-?api\\s*`?\\s*:\\s*(?:\\[[^\\]]*\\]\\()?[<`]?([^\\s`)>]+\\.(?:ya?ml|json))");
    private static final Pattern SECTION_TITLE = Pattern.compile("(?i)^\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?api\\s+contracts?\\b.*");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*\\.?\\s+");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    public OpenApiContract {
        endpoints = List.copyOf(endpoints);
        problems = List.copyOf(problems);
        linkedFiles = List.copyOf(linkedFiles);
    }

    static OpenApiContract none() {
        return new OpenApiContract(List.of(), List.of(), List.of());
    }

    /** Reads the OpenAPI blocks and links of the model's document; none found is no contract, not an error. */
    public static OpenApiContract read(ArchitectureModel model, String basePath) {
        Path document = model.document();
        if (document == null || !Files.isRegularFile(document)) {
            return none();
        }
        String markdown;
        try {
            markdown = Files.readString(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return none(); // the document parser reports an unreadable document
        }
        if (!mentionsOpenApi(markdown)) {
            // every block and link this reads says "openapi": spare the markdown parse, which every
            // run pays (the cache asks for the linked files) even when nothing else is checked
            return none();
        }
        return new Reader(model, document, markdown, basePath).read();
    }

    private static boolean mentionsOpenApi(String markdown) {
        String lower = markdown.toLowerCase(Locale.ROOT);
        return lower.contains("openapi") || lower.contains("open-api");
    }

    private static final class Reader {
        private final ArchitectureModel model;
        private final Path document;
        private final List<String> lines;
        private final Node root;
        private final String basePath;
        private final List<DeclaredEndpoint> endpoints = new ArrayList<>();
        private final List<SourceProblem> problems = new ArrayList<>();
        private final List<Path> linkedFiles = new ArrayList<>();

        Reader(ArchitectureModel model, Path document, String markdown, String basePath) {
            this.model = model;
            this.document = document;
            this.lines = markdown.lines().toList();
            // capped as the document reader caps it: a deeply nested document must not overflow the stack here
            this.root = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build()
                    .parse(MarkdownNesting.cap(markdown).markdown());
            this.basePath = basePath;
        }

        OpenApiContract read() {
            List<HeadingLine> headings = headings();
            Optional<HeadingLine> section = sectionHeading(headings);
            if (section.isEmpty()) {
                return none();
            }
            int start = section.get().line();
            int end = headings.stream().filter(h -> h.line() > start && h.level() <= section.get().level())
                    .mapToInt(HeadingLine::line).min().orElse(Integer.MAX_VALUE);
            boolean[] code = new boolean[lines.size() + 2];
            SubHeadings subHeadings = new SubHeadings(headings, section.get());
            for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof FencedCodeBlock block && !block.getSourceSpans().isEmpty()) {
                    int first = block.getSourceSpans().get(0).getLineIndex() + 1;
                    int last = block.getSourceSpans().get(block.getSourceSpans().size() - 1).getLineIndex() + 1;
                    for (int line = Math.max(first, 0); line <= Math.min(last, lines.size()); line++) {
                        code[line] = true;
                    }
                    if (first > start && first < end) {
                        block(block, first, service(subHeadings.nearestAbove(first)));
                    }
                }
            }
            for (int line = start + 1; line < Math.min(end, lines.size() + 1); line++) {
                if (code[line]) {
                    continue;
                }
                Matcher link = LINK.matcher(lines.get(line - 1));
                if (link.find()) {
                    linked(link.group(1), line, link.start(1) + 1, service(subHeadings.nearestAbove(line)));
                }
            }
            return new OpenApiContract(endpoints, problems, linkedFiles);
        }

        private void block(FencedCodeBlock block, int fenceLine, String service) {
            List<String> info = List.of((block.getInfo() == null ? "" : block.getInfo().trim().toLowerCase(Locale.ROOT)).split("[\\s,{}]+"));
            if (info.contains("openapi")) {
                parse(block.getLiteral(), null, Location.of(document, fenceLine, 1), fenceLine + 1, document, service);
            } else if (info.contains("architect")) {
                // the configuration block may name the contract: openapi: api/openapi.yaml
                String[] blockLines = block.getLiteral().split("\n", -1);
                for (int i = 0; i < blockLines.length; i++) {
                    Matcher link = LINK.matcher(blockLines[i]);
                    if (!blockLines[i].startsWith(" ") && link.find()) {
                        linked(link.group(1), fenceLine + 1 + i, link.start(1) + 1, service);
                    }
                }
            }
        }

        private void linked(String target, int line, int column, String service) {
            Path file = document.toAbsolutePath().getParent().resolve(target).normalize();
            Location at = Location.of(document, line, column);
            linkedFiles.add(file);
            if (!Files.isRegularFile(file)) {
                problems.add(new SourceProblem(at, "Section 4 links the OpenAPI document " + target
                        + ", but " + file + " does not exist"));
                return;
            }
            try {
                parse(Files.readString(file, StandardCharsets.UTF_8), file, at, 1, file, service);
            } catch (IOException e) {
                problems.add(new SourceProblem(at, "Cannot read the OpenAPI document " + file + ": "
                        + io.github.architect.code.ReadFailure.of(file, e).describe()));
            }
        }

        /**
         * @param firstLine the line of {@code file} where {@code text} starts, to place each path
         */
        private void parse(String text, Path linkedFile, Location at, int firstLine, Path file, String service) {
            OpenApiReferences references = OpenApiReferences.check(text, linkedFile, firstLine, file,
                    document.toAbsolutePath().getParent());
            problems.addAll(references.problems());
            references.files().stream().filter(f -> !linkedFiles.contains(f)).forEach(linkedFiles::add);
            if (!references.readable()) {
                return; // the parser would expand an alias bomb, or log a stack trace for what we reported
            }
            ParseOptions options = new ParseOptions();
            // $ref'd path items of a linked, split document, once every reference is a file of the project
            options.setResolve(linkedFile != null && references.problems().isEmpty());
            SwaggerParseResult result;
            try {
                result = new OpenAPIV3Parser().readContents(text, null, options,
                        linkedFile == null ? null : linkedFile.toUri().toString());
            } catch (RuntimeException e) {
                problems.add(new SourceProblem(at, "The OpenAPI document cannot be parsed: " + e.getMessage()));
                return;
            }
            OpenAPI api = result == null ? null : result.getOpenAPI();
            List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
            for (String message : new java.util.LinkedHashSet<>(messages)) {
                problems.add(new SourceProblem(at, "The OpenAPI document " + (linkedFile == null ? "in section 4" : linkedFile.getFileName())
                        + " is invalid: " + message));
            }
            if (api == null) {
                if (messages.isEmpty()) {
                    problems.add(new SourceProblem(at, "The OpenAPI document " + (linkedFile == null ? "in section 4" : linkedFile.getFileName())
                            + " is not an OpenAPI 3 document"));
                }
                return;
            }
            if (api.getPaths() == null) {
                return;
            }
            String serverPath = serverPath(api);
            List<String> textLines = text.lines().toList();
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                int pathLine = lineOf(textLines, path.getKey(), 0, -1);
                Map<PathItem.HttpMethod, Operation> operations = path.getValue().readOperationsMap();
                for (PathItem.HttpMethod method : operations.keySet()) {
                    String lower = method.name().toLowerCase(Locale.ROOT);
                    int methodLine = pathLine < 0 ? -1 : lineOf(textLines, lower, pathLine + 1, indent(textLines.get(pathLine)));
                    int line = methodLine >= 0 ? methodLine : pathLine;
                    Location location = line < 0 ? at
                            : Location.of(file, firstLine + line, indent(textLines.get(line)) + 1);
                    String declared = DeploymentConfig.join(serverPath, path.getKey());
                    endpoints.add(EndpointContract.declared(method.name(), declared.isEmpty() ? "/" : declared,
                            service, location, basePath));
                }
            }
        }

        private static String serverPath(OpenAPI api) {
            if (api.getServers() == null || api.getServers().isEmpty() || api.getServers().get(0).getUrl() == null) {
                return "";
            }
            Server server = api.getServers().get(0);
            String url = server.getUrl();
            if (server.getVariables() != null) {
                for (Map.Entry<String, ServerVariable> variable : server.getVariables().entrySet()) {
                    String value = variable.getValue().getDefault() == null ? "" : variable.getValue().getDefault();
                    url = url.replace("{" + variable.getKey() + "}", value);
                }
            }
            Matcher absolute = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/]*(.*)$").matcher(url);
            String path = absolute.matches() ? absolute.group(1) : url;
            return path.equals("/") ? "" : path;
        }

        /** The 0-based line holding {@code key:} after {@code from}, deeper than {@code parentIndent}, or -1. */
        private static int lineOf(List<String> textLines, String key, int from, int parentIndent) {
            Pattern keyLine = Pattern.compile("^\\s*(['\"]?)" + Pattern.quote(key) + "\\1\\s*:.*");
            for (int i = from; i < textLines.size(); i++) {
                String line = textLines.get(i);
                if (parentIndent >= 0 && !line.isBlank() && indent(line) <= parentIndent) {
                    return -1;
                }
                if (keyLine.matcher(line).matches()) {
                    return i;
                }
            }
            return -1;
        }

        private static int indent(String line) {
            int i = 0;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        private List<HeadingLine> headings() {
            List<HeadingLine> headings = new ArrayList<>();
            MarkdownNesting.walk(root, node -> {
                if (node instanceof Heading heading) {
                    if (!heading.getSourceSpans().isEmpty()) {
                        headings.add(new HeadingLine(heading.getSourceSpans().get(0).getLineIndex() + 1,
                                heading.getLevel(), text(heading)));
                    }
                    return false;
                }
                return true;
            });
            return headings;
        }

        private Optional<HeadingLine> sectionHeading(List<HeadingLine> headings) {
            Optional<Section> declared = model.section(SectionKind.API_CONTRACTS);
            if (declared.isPresent() && declared.get().position().isKnown()) {
                int line = declared.get().position().line();
                Optional<HeadingLine> exact = headings.stream().filter(h -> h.line() == line).findFirst();
                if (exact.isPresent()) {
                    return exact;
                }
            }
            return headings.stream().filter(h -> SECTION_TITLE.matcher(h.text()).matches()).findFirst();
        }

        /** The service a sub-heading of section 4 names, or null. */
        private String service(HeadingLine nearest) {
            if (nearest == null) {
                return null;
            }
            String text = NUMBERING.matcher(nearest.text()).replaceFirst("").trim();
            for (String candidate : List.of(text, text.replaceAll("(?i)\\s+(api|apis|endpoints|contracts?|rest api)$", ""))) {
                Optional<Service> service = model.service(candidate);
                if (service.isPresent()) {
                    return service.get().name();
                }
            }
            String key = Service.keyOf(text);
            return model.services().stream().filter(s -> key.startsWith(s.key() + " ") || key.equals(s.key()))
                    .map(Service::name).findFirst().orElse(null);
        }

        private static String text(Node node) {
            StringBuilder text = new StringBuilder();
            MarkdownNesting.walk(node, n -> {
                if (n instanceof Text literal) {
                    text.append(literal.getLiteral());
                } else if (n instanceof Code code) {
                    text.append(code.getLiteral());
                }
                return true;
            });
            return text.toString().trim();
        }
    }

    /**
     * The sub-headings of section 4 in line order, each with the nearest one at or before it, so
     * that the heading above a line is a binary search rather than a scan per block.
     */
    private static final class SubHeadings {
        private final int[] lines;
        private final List<HeadingLine> headings;

        SubHeadings(List<HeadingLine> all, HeadingLine section) {
            this.headings = all.stream()
                    .filter(h -> h.line() > section.line() && h.level() > section.level())
                    .sorted(java.util.Comparator.comparingInt(HeadingLine::line))
                    .toList();
            this.lines = headings.stream().mapToInt(HeadingLine::line).toArray();
        }

        /** The last sub-heading strictly above {@code line}, or null. */
        HeadingLine nearestAbove(int line) {
            int index = java.util.Arrays.binarySearch(lines, line);
            int before = index >= 0 ? index - 1 : -index - 2;
            // equal lines cannot occur twice: a line holds one heading
            return before >= 0 ? headings.get(before) : null;
        }
    }

    private record HeadingLine(int line, int level, String text) {
    }
}
