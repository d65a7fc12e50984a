package io.github.architect.doc;

import io.github.architect.code.ReadFailure;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Endpoint;
import io.github.architect.model.OpenApiDocument.Problem;
import io.github.architect.model.OpenApiDocument;
import io.github.architect.model.PayloadSample;
import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.model.UrlPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the OpenAPI 3 contracts of section 4, embedded as a {@code ```yaml openapi} block or
 * linked with a line {@code openapi: path/to/openapi.yaml} (relative to the architecture document,
 * also inside the {@code yaml architect} block). Paths x methods, prefixed with the path of
 * {@code servers[0].url}, become endpoints of the model, of the service whose heading is nearest
 * above the block or link.
 */
final class OpenApiReader {

    private static final Pattern LINK = Pattern.compile(
            "(?i)\\bopen-?api\\s*`?\\s*:\\s*(?:\\[[^\\]]*\\]\\()?[<`]?([^\\s`)>]+\\.(?:ya?ml|json))");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*\\.?\\s+");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/]*(.*)$");

    /**
     * The endpoints the contracts declare, the payloads and statuses of their operations, and the
     * contracts with what reading them found.
     */
    record Contracts(List<Endpoint> endpoints, List<PayloadSample> payloads, List<OpenApiDocument> documents) {
    }

    private final MarkdownOutline outline;
    private final ArchitectureModel model;
    private final Path document;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<PayloadSample> payloads = new ArrayList<>();
    private final List<OpenApiDocument> documents = new ArrayList<>();
    /** Inputs and problems of the contract being read. */
    private List<Path> inputs;
    private List<Problem> problems;

    private OpenApiReader(MarkdownOutline outline, ArchitectureModel model) {
        this.outline = outline;
        this.model = model;
        this.document = model.document();
    }

    /**
     * @param model the document's model so far (its services name the owners); none found is no
     *              contract, not an error
     */
    static Contracts read(MarkdownOutline outline, ArchitectureModel model) {
        OpenApiReader reader = new OpenApiReader(outline, model);
        outline.sections(SectionKind.API_CONTRACTS).stream().findFirst().ifPresent(reader::readSection);
        return new Contracts(reader.endpoints, reader.payloads, reader.documents);
    }

    private void readSection(MarkdownOutline.SectionRange section) {
        boolean[] code = new boolean[outline.source().lineCount() + 2];
        for (CodeBlock block : outline.codeBlocks()) {
            int last = Math.min(block.firstLine() + (int) block.content().lines().count(), code.length - 1);
            for (int line = Math.max(block.fenceLine(), 0); line <= last; line++) {
                code[line] = true;
            }
            if (block.fenceLine() > section.fromLine() && block.fenceLine() <= section.toLine()) {
                block(block, service(section, block.fenceLine()));
            }
        }
        int end = Math.min(section.toLine(), outline.source().lineCount());
        for (int line = section.fromLine() + 1; line <= end; line++) {
            if (code[line]) {
                continue;
            }
            Matcher link = LINK.matcher(outline.source().line(line));
            if (link.find()) {
                linked(link.group(1), line, link.start(1) + 1, service(section, line));
            }
        }
    }

    private void block(CodeBlock block, String service) {
        if (block.infoHasWord("openapi")) {
            start();
            parse(block.content(), null, Position.of(block.fenceLine(), 1), block.firstLine(), document, service);
            finish(document);
        } else if (block.infoHasWord("architect")) {
            // the configuration block may name the contract: openapi: api/openapi.yaml
            String[] blockLines = block.content().split("\n", -1);
            for (int i = 0; i < blockLines.length; i++) {
                Matcher link = LINK.matcher(blockLines[i]);
                if (!blockLines[i].startsWith(" ") && link.find()) {
                    linked(link.group(1), block.firstLine() + i, link.start(1) + 1, service);
                }
            }
        }
    }

    private void linked(String target, int line, int column, String service) {
        Path file = document.toAbsolutePath().getParent().resolve(target).normalize();
        Position at = Position.of(line, column);
        start();
        inputs.add(file);
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(document, at, "Section 4 links the OpenAPI document " + target
                    + ", but " + file + " does not exist"));
        } else {
            try {
                parse(Files.readString(file, StandardCharsets.UTF_8), file, at, 1, file, service);
            } catch (IOException e) {
                problems.add(new Problem(document, at, "Cannot read the OpenAPI document " + file + ": "
                        + ReadFailure.of(file, e).describe()));
            }
        }
        finish(file);
    }

    private void start() {
        inputs = new ArrayList<>();
        problems = new ArrayList<>();
    }

    private void finish(Path file) {
        documents.add(new OpenApiDocument(file, inputs, problems));
    }

    /**
     * @param firstLine the line of {@code file} where {@code text} starts, to place each path
     */
    private void parse(String text, Path linkedFile, Position at, int firstLine, Path file, String service) {
        OpenApiReferences references = OpenApiReferences.check(text, linkedFile, firstLine, file,
                document.toAbsolutePath().getParent());
        problems.addAll(references.problems());
        references.files().stream().filter(f -> !inputs.contains(f)).forEach(inputs::add);
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
            problems.add(new Problem(document, at, "The OpenAPI document cannot be parsed: " + e.getMessage()));
            return;
        }
        OpenAPI api = result == null ? null : result.getOpenAPI();
        List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
        for (String message : new LinkedHashSet<>(messages)) {
            problems.add(new Problem(document, at, "The OpenAPI document " + (linkedFile == null ? "in section 4" : linkedFile.getFileName())
                    + " is invalid: " + message));
        }
        if (api == null) {
            if (messages.isEmpty()) {
                problems.add(new Problem(document, at, "The OpenAPI document " + (linkedFile == null ? "in section 4" : linkedFile.getFileName())
                        + " is not an OpenAPI 3 document"));
            }
            return;
        }
        if (api.getPaths() == null) {
            return;
        }
        String serverPath = serverPath(api);
        List<String> textLines = text.lines().toList();
        OpenApiPayloads bodies = new OpenApiPayloads(api, textLines, firstLine, file.equals(document) ? null : file);
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            int pathLine = lineOf(textLines, path.getKey(), 0, -1);
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().readOperationsMap();
            for (PathItem.HttpMethod method : operations.keySet()) {
                String lower = method.name().toLowerCase(Locale.ROOT);
                int methodLine = pathLine < 0 ? -1 : lineOf(textLines, lower, pathLine + 1, indent(textLines.get(pathLine)));
                int line = methodLine >= 0 ? methodLine : pathLine;
                String declared = UrlPaths.join(serverPath, path.getKey());
                // a path the contract does not place is declared where the contract is named
                Endpoint endpoint = line < 0
                        ? new Endpoint(method.name(), declared.isEmpty() ? "/" : declared, service, at)
                        : new Endpoint(method.name(), declared.isEmpty() ? "/" : declared, service,
                                Position.of(firstLine + line, indent(textLines.get(line)) + 1),
                                file.equals(document) ? null : file);
                endpoints.add(endpoint);
                try {
                    payloads.addAll(bodies.of(endpoint, operations.get(method), methodLine));
                } catch (RuntimeException e) {
                    // a defect of ours in one schema must not cost the document its endpoints: its bodies go unchecked
                }
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
        Matcher absolute = ABSOLUTE_URL.matcher(url);
        String path = absolute.matches() ? absolute.group(1) : url;
        return path.equals("/") ? "" : path;
    }

    /** The 0-based line holding {@code key:} after {@code from}, deeper than {@code parentIndent}, or -1. */
    static int lineOf(List<String> textLines, String key, int from, int parentIndent) {
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

    static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The service the nearest sub-heading of section 4 above {@code line} names, or null. */
    private String service(MarkdownOutline.SectionRange section, int line) {
        Heading nearest = null;
        for (Heading heading : outline.headingsWithin(section.fromLine(), line - 1)) {
            nearest = heading;
        }
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
}
