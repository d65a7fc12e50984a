package io.github.architect.endpoints.scan;

import io.github.architect.endpoints.framework.EndpointFramework;
import io.github.architect.endpoints.source.ProjectSources;
import io.github.architect.code.JavaTypes;
import io.github.architect.code.JavaType;
import io.github.architect.code.JavaAnnotations;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text pre-filter choosing which files of the build are worth parsing: those containing a
 * marker, then those naming a type that carries mappings for its implementors (a JAX-RS resource
 * implementing an annotated interface needs no annotation of its own). Each file's outcome is
 * cached by content, so an unchanged file is neither parsed nor read as text again.
 *
 * @param files                   the files to parse
 * @param declaringApplicationPath those of them whose text names {@code ApplicationPath}
 */
record CandidateFiles(Set<Path> files, Set<Path> declaringApplicationPath) {

    /** Text that any file declaring, composing or designating a mapping must contain. */
    private static final List<String> MARKERS = EndpointFramework.all().stream()
            .flatMap(framework -> framework.markers().stream()).distinct().toList();
    private static final Set<String> TYPE_LEVEL = EndpointFramework.all().stream()
            .flatMap(framework -> framework.typeAnnotations().stream()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> METHOD_LEVEL = EndpointFramework.all().stream()
            .flatMap(framework -> framework.methodAnnotations().stream()).collect(Collectors.toUnmodifiableSet());

    CandidateFiles {
        files = Set.copyOf(files);
        declaringApplicationPath = Set.copyOf(declaringApplicationPath);
    }

    boolean contains(Path file) {
        return files.contains(file);
    }

    static CandidateFiles find(List<Path> all, ProjectSources sources, EndpointCaches caches) {
        List<FileTraits> traits = all.parallelStream()
                .map(file -> caches.get(caches.traits, file, "", stored -> true, () -> traitsOf(file, sources)))
                .toList();
        List<Path> marked = new ArrayList<>();
        Set<Path> declaringApplicationPath = new HashSet<>();
        Set<String> carriers = new TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            FileTraits fileTraits = traits.get(i);
            if (fileTraits.marked()) {
                marked.add(all.get(i));
                carriers.addAll(fileTraits.mappingCarriers());
                if (fileTraits.declaresApplicationPath()) {
                    declaringApplicationPath.add(all.get(i));
                }
            }
        }
        Set<Path> result = new LinkedHashSet<>(marked);
        if (!carriers.isEmpty()) {
            Pattern names = Pattern.compile("\\b(?:" + carriers.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")\\b");
            String key = EndpointCaches.qualifier(List.copyOf(carriers));
            Set<Path> markedSet = Set.copyOf(marked);
            all.parallelStream().filter(file -> !markedSet.contains(file))
                    .filter(file -> caches.get(caches.carrierMatches, file, "", stored -> stored.carriers().equals(key),
                            () -> new CarrierMatch(key, namesCarrier(file, names, sources))).matches())
                    .toList().forEach(result::add);
        }
        return new CandidateFiles(result, declaringApplicationPath);
    }

    private static FileTraits traitsOf(Path file, ProjectSources sources) {
        if (!sources.index().mentionsAny(file, MARKERS)) {
            return FileTraits.UNMARKED;
        }
        List<String> carriers = JavaTypes.typesOf(sources.parse(file)).stream()
                .filter(type -> !type.isConcreteClass() && carriesMappings(type))
                .map(JavaType::simpleName)
                .toList();
        return new FileTraits(true, sources.index().mentionsAny(file, List.of("ApplicationPath")), carriers);
    }

    private static boolean namesCarrier(Path file, Pattern names, ProjectSources sources) {
        return sources.index().textMatches(file, text -> names.matcher(text).find());
    }

    private static boolean carriesMappings(JavaType type) {
        if (type.type() instanceof AnnotationDeclaration) {
            return JavaAnnotations.find(type.type(), TYPE_LEVEL).isPresent();
        }
        if (JavaAnnotations.find(type.type(), TYPE_LEVEL).isPresent()) {
            return true;
        }
        for (BodyDeclaration<?> member : type.type().getMembers()) {
            if (member instanceof MethodDeclaration method && JavaAnnotations.find(method, METHOD_LEVEL).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
