package io.github.architect.schema.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one Java source declares on its own, before anything is resolved against other files
 * (constants, superclasses): the unit the scan cache keeps per file.
 *
 * @param constants {@code Class.FIELD} to value for the file's {@code static final String} constants
 */
record JavaFileScan(List<SourceClass> classes, List<SqlUsage> sqlUsages, List<MongoDocument> documents,
                    Set<String> enums, Map<String, String> constants, List<JavaSources.SourceProblem> problems) {

    JavaFileScan {
        classes = List.copyOf(classes);
        sqlUsages = List.copyOf(sqlUsages);
        documents = List.copyOf(documents);
        enums = Set.copyOf(enums);
        constants = Map.copyOf(constants);
        problems = List.copyOf(problems);
    }

    /**
     * The same declarations attributed to {@code file}: a result is cached by content, so it may have
     * been computed from an identical file elsewhere, and classes and fields are stored without their path.
     */
    JavaFileScan in(Path file) {
        return new JavaFileScan(
                classes.stream().map(c -> new SourceClass(c.qualifiedName(), c.simpleName(), file, c.line(), c.column(),
                        c.annotations(), c.superclass(), c.fields().stream().map(f -> new JavaField(f.name(), f.type(),
                                f.typeArguments(), f.line(), f.column(), f.annotations(), f.excluded(), file)).toList(),
                        c.persistence(), c.mongo(), c.enumType())).toList(),
                sqlUsages.stream().map(s -> new SqlUsage(s.sql(), s.className(), file, s.line(), s.column(), s.origin()))
                        .toList(),
                documents.stream().map(d -> new MongoDocument(d.collection(), d.className(), file, d.line(), d.column()))
                        .toList(),
                enums, constants,
                problems.stream().map(p -> new JavaSources.SourceProblem(file, p.line(), p.column(), p.message())).toList());
    }
}
