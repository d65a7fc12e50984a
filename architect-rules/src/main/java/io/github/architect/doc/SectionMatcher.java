package io.github.architect.doc;

import io.github.architect.model.SectionKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a heading that names one of the seven sections: numbering, case, emphasis and
 * trailing words are ignored ("5. Data Schema Changes"), a heading joining two names counts for
 * both ("API Contracts & Data Schemas"), and common synonyms are accepted ("Tech Stack").
 */
final class SectionMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_HEADING_TEXT = Pattern.compile("[^\\p{L}\\p{N}&+/,;.:)\\s-]");
    private static final Pattern PUNCTUATION = Pattern.compile("[.:)-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:section|part|chapter|se[cç][aã]o)\\s+)?(?:\\d+(?:\\.\\d+)*\\.?|[ivx]+[.)]|[a-z][.)])\\s*[.):-]?\\s+");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:(?:section|part|chapter)\\s+)?(\\d+|[IVX]+)(?:\\.\\d+)*[.):]?\\s+\\D", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTS = Pattern.compile("\\s*(?:&|\\+|/|,|;|\\band\\b|\\be\\b|\\by\\b)\\s*");

    /** Names that may be followed by more words ("Data Schema Changes"). */
    private static final Map<SectionKind, List<String>> LEADING = Map.of(
            SectionKind.EXECUTIVE_SUMMARY, List.of("executive summary", "resumo executivo", "resumen ejecutivo",
                    "management summary", "summary"),
            SectionKind.ARCHITECTURE_OVERVIEW, List.of("architecture overview", "architectural overview",
                    "system architecture", "high level architecture", "solution architecture", "system overview",
                    "visao geral da arquitetura", "arquitetura"),
            SectionKind.SERVICE_DEFINITIONS, List.of("service definitions", "service definition", "services definitions",
                    "definicao dos servicos", "definicao de servicos", "definicoes de servicos", "definicoes dos servicos",
                    "service catalog", "service catalogue", "service descriptions", "services"),
            SectionKind.API_CONTRACTS, List.of("api contracts", "api contract", "api endpoints", "api specification",
                    "api specifications", "api design", "api reference", "rest api", "http api", "contratos de api",
                    "contratos da api", "endpoints"),
            SectionKind.DATA_SCHEMA, List.of("data schema", "database schema", "data model", "database design",
                    "db schema", "data storage", "esquema de dados", "modelo de dados", "schema"),
            SectionKind.TECHNOLOGY_STACK, List.of("technology stack", "tech stack", "technology choices",
                    "technology rationale", "technologies", "stack tecnologico", "tecnologias", "technology"),
            SectionKind.KEY_CONSIDERATIONS, List.of("key considerations", "considerations", "cross cutting concerns",
                    "non functional requirements", "consideracoes"));

    /** Generic names that must stand alone to count ("Database" but not "Database Scan Feature"). */
    private static final Map<SectionKind, List<String>> ALONE = Map.of(
            SectionKind.EXECUTIVE_SUMMARY, List.of("resumo", "resumen", "tl dr", "tldr", "abstract"),
            SectionKind.ARCHITECTURE_OVERVIEW, List.of("overview", "architecture", "visao geral"),
            SectionKind.SERVICE_DEFINITIONS, List.of("servicos", "components", "microservices"),
            SectionKind.API_CONTRACTS, List.of("api", "apis", "interfaces"),
            SectionKind.DATA_SCHEMA, List.of("database", "data", "persistence", "storage", "schemas"),
            SectionKind.TECHNOLOGY_STACK, List.of("stack", "tech"),
            SectionKind.KEY_CONSIDERATIONS, List.of());

    private SectionMatcher() {
    }

    /** The sections a heading names; empty when it names none. */
    static Set<SectionKind> match(String headingText) {
        String text = normalize(headingText);
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        for (String part : PARTS.split(text)) {
            String candidate = part.trim();
            if (candidate.isEmpty()) {
                continue;
            }
            for (SectionKind kind : SectionKind.values()) {
                if (names(kind, candidate)) {
                    kinds.add(kind);
                    break;
                }
            }
        }
        return kinds;
    }

    /** The first number of the heading's numbering ("4" for "4.2 API", "II" for "II. Overview"), or null. */
    static String leadingNumber(String headingText) {
        java.util.regex.Matcher matcher = LEADING_NUMBER.matcher(headingText);
        return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : null;
    }

    private static boolean names(SectionKind kind, String part) {
        for (String name : LEADING.get(kind)) {
            if (part.equals(name) || part.equals(name + "s") || part.startsWith(name + " ") || part.startsWith(name + "s ")) {
                return true;
            }
        }
        return ALONE.get(kind).contains(part);
    }

    /** Lower case, accents folded, numbering and parentheticals removed, punctuation as spaces. */
    static String normalize(String headingText) {
        String folded = MARKS.matcher(java.text.Normalizer.normalize(headingText, java.text.Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        String text = NOT_HEADING_TEXT.matcher(PARENTHESIS.matcher(folded).replaceAll(" ")).replaceAll(" ").trim();
        text = NUMBERING.matcher(text).replaceFirst("");
        return SPACES.matcher(PUNCTUATION.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
    }
}
