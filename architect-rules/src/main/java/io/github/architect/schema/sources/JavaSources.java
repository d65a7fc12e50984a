package io.github.architect.schema.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scan of one module's sources found.
 *
 * @param classes   persistent classes (entities, embeddables, mapped superclasses) and Mongo documents
 * @param enums     simple names of every enum declared in the sources, for type checks
 * @param constants {@code Class.FIELD} to value, for every {@code static final String} constant
 * @param problems  files that could not be parsed, with the parser's message
 */
public record JavaSources(List<SourceClass> classes, List<SqlUsage> sqlUsages, List<MongoDocument> documents,
                          Set<String> enums, Map<String, String> constants, List<SourceProblem> problems) {

    public JavaSources {
        classes = List.copyOf(classes);
        sqlUsages = List.copyOf(sqlUsages);
        documents = List.copyOf(documents);
        enums = Set.copyOf(enums);
        constants = Map.copyOf(constants);
        problems = List.copyOf(problems);
    }

    /** A file that did not parse. */
    public record SourceProblem(Path file, int line, int column, String message) {
    }
}
