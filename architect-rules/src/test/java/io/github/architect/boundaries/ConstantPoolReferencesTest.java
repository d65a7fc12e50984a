package io.github.architect.boundaries;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first pass of the boundary check is sound: every class ArchUnit sees a class file depend on
 * is named in that file's constant pool, whatever the kind of dependency.
 */
class ConstantPoolReferencesTest {

    @TempDir
    static Path root;

    @BeforeAll
    static void compile() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("com.shop.catalog.Product", "package com.shop.catalog;\npublic class Product { }\n");
        sources.put("com.shop.catalog.Sku", "package com.shop.catalog;\npublic class Sku { }\n");
        sources.put("com.shop.catalog.Limits", """
                package com.shop.catalog;
                public final class Limits {
                    public static final int MAX_ITEMS = 42;
                    public static final String LABEL = "catalog";
                }
                """);
        sources.put("com.shop.catalog.Tag", """
                package com.shop.catalog;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.CLASS)
                public @interface Tag { }
                """);
        sources.put("com.shop.catalog.Kind", "package com.shop.catalog;\npublic enum Kind { BOOK }\n");
        sources.put("com.shop.catalog.Marker", """
                package com.shop.catalog;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.RUNTIME)
                public @interface Marker { Class<?> value() default Object.class; }
                """);
        sources.put("com.shop.catalog.Classified", """
                package com.shop.catalog;
                import java.lang.annotation.*;
                @Retention(RetentionPolicy.RUNTIME)
                public @interface Classified { String value() default ""; }
                """);
        sources.put("com.shop.orders.GenericOnly", """
                package com.shop.orders;
                import java.util.List;
                import java.util.Map;
                public class GenericOnly {
                    private Map<String, List<com.shop.catalog.Product>> byName;
                }
                """);
        sources.put("com.shop.orders.AnnotationOnly", """
                package com.shop.orders;
                @com.shop.catalog.Tag
                public class AnnotationOnly { }
                """);
        sources.put("com.shop.orders.AnnotationValueOnly", """
                package com.shop.orders;
                public class AnnotationValueOnly {
                    @Deprecated(since = "1") @SuppressWarnings("x")
                    void a(@com.shop.orders.AnnotationValueOnly.Takes(com.shop.catalog.Sku.class) String s) { }
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    @interface Takes { Class<?> value(); }
                }
                """);
        sources.put("com.shop.orders.FullyQualified", """
                package com.shop.orders;
                public class FullyQualified {
                    com.shop.catalog.Sku[][] grid() { return null; }
                }
                """);
        sources.put("com.shop.orders.InlinedConstant", """
                package com.shop.orders;
                import com.shop.catalog.Limits;
                public class InlinedConstant {
                    int max() { return Limits.MAX_ITEMS; }
                    String label() { return Limits.LABEL + "!"; }
                }
                """);
        sources.put("com.shop.orders.TypeBound", """
                package com.shop.orders;
                public class TypeBound<T extends com.shop.catalog.Product> {
                    <S extends java.util.List<? super com.shop.catalog.Sku>> void take(S s) { }
                }
                """);
        sources.put("com.shop.orders.LambdaAndReference", """
                package com.shop.orders;
                import java.util.function.Supplier;
                public class LambdaAndReference {
                    Supplier<Object> make() { return com.shop.catalog.Sku::new; }
                    Runnable later() { return () -> System.out.println(com.shop.catalog.Kind.BOOK); }
                }
                """);
        JavaFixtures.compile(root, sources);
    }

    private static Set<String> referencedBy(String className) throws IOException {
        Path file = root.resolve("target/classes").resolve(className.replace('.', '/') + ".class");
        ConstantPoolReferences.Read read = ConstantPoolReferences.read(Files.readAllBytes(file));
        assertThat(read.className()).isEqualTo(className);
        return read.referenced();
    }

    @Test
    void aGenericTypeArgumentIsNamed() throws IOException {
        assertThat(referencedBy("com.shop.orders.GenericOnly")).contains("com.shop.catalog.Product", "java.util.List");
        assertThat(referencedBy("com.shop.orders.TypeBound")).contains("com.shop.catalog.Product", "com.shop.catalog.Sku");
    }

    @Test
    void anAnnotationAndAClassValueOfAnAnnotationAreNamed() throws IOException {
        assertThat(referencedBy("com.shop.orders.AnnotationOnly")).contains("com.shop.catalog.Tag");
        assertThat(referencedBy("com.shop.orders.AnnotationValueOnly")).contains("com.shop.catalog.Sku");
    }

    @Test
    void aFullyQualifiedNameWithoutImportIsNamedAlsoAsArrayElement() throws IOException {
        assertThat(referencedBy("com.shop.orders.FullyQualified")).contains("com.shop.catalog.Sku")
                .noneMatch(name -> name.contains("[") || name.contains("/"));
    }

    /**
     * javac inlines the value but keeps an unused class entry for the constant's class, so the
     * first pass cannot rule it out; ArchUnit, reading the instructions, sees no dependency.
     */
    @Test
    void aConstantInlinedByJavacIsNoDependencyArchUnitSees() throws IOException {
        assertThat(referencedBy("com.shop.orders.InlinedConstant")).contains("com.shop.catalog.Limits");
        JavaClasses imported = ModuleClasses.importPaths(List.of(root.resolve("target/classes")));
        assertThat(imported.get("com.shop.orders.InlinedConstant").getDirectDependenciesFromSelf())
                .extracting(d -> d.getTargetClass().getName())
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("com.shop.catalog"));
    }

    @Test
    void methodReferencesAndLambdaBodiesAreNamed() throws IOException {
        assertThat(referencedBy("com.shop.orders.LambdaAndReference")).contains("com.shop.catalog.Sku", "com.shop.catalog.Kind");
    }

    /**
     * The soundness the check rests on, over the fixtures and over this project's own compiled
     * classes (records, enums, lambdas, generics, annotations, nested and anonymous classes).
     */
    @Test
    void everyDependencyArchUnitFindsIsNamedInTheConstantPool() throws IOException, URISyntaxException {
        Path engineClasses = Path.of(ServiceBoundariesCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path classes : List.of(root.resolve("target/classes"), engineClasses)) {
            JavaClasses imported = ModuleClasses.importPaths(List.of(classes));
            for (JavaClass origin : imported) {
                Set<String> named = ConstantPoolReferences.read(Files.readAllBytes(classFile(classes, origin))).referenced();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = UndeclaredUse.targetOf(dependency);
                    checked++;
                    if (!target.isPrimitive() && !target.getName().equals(origin.getName())
                            && !named.contains(target.getName())) {
                        missing.add(dependency.getDescription());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(missing).isEmpty();
    }

    /**
     * The converse for the classes the pass calls accessed: each one is the target of a dependency
     * ArchUnit reports (a call, a field access, a method reference, inheritance), so a service pair
     * reached that way is used without asking ArchUnit.
     */
    @Test
    void everyAccessedClassIsADependencyArchUnitFinds() throws IOException, URISyntaxException {
        Path engineClasses = Path.of(ServiceBoundariesCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> notFound = new ArrayList<>();
        int checked = 0;
        for (Path classes : List.of(root.resolve("target/classes"), engineClasses)) {
            JavaClasses imported = ModuleClasses.importPaths(List.of(classes));
            for (JavaClass origin : imported) {
                ConstantPoolReferences.Read read = ConstantPoolReferences.read(Files.readAllBytes(classFile(classes, origin)));
                assertThat(read.referenced()).containsAll(read.accessed());
                Set<String> targets = new java.util.HashSet<>();
                origin.getDirectDependenciesFromSelf().forEach(d -> targets.add(UndeclaredUse.targetOf(d).getName()));
                for (String accessed : read.accessed()) {
                    checked++;
                    if (!accessed.equals(origin.getName()) && !targets.contains(accessed)) {
                        notFound.add(origin.getName() + " -> " + accessed);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(4_000);
        assertThat(notFound).isEmpty();
    }

    @Test
    void callsReferencesAndInheritanceAreAccessesButTypesOnlyNamedAreNot() throws IOException {
        // Kind.BOOK is read by an instruction of the lambda's body; Sku::new is only a method handle,
        // like the bootstrap methods ArchUnit leaves out, so ArchUnit is asked about it
        assertThat(accessedBy("com.shop.orders.LambdaAndReference")).contains("com.shop.catalog.Kind")
                .doesNotContain("com.shop.catalog.Sku", "java.lang.invoke.LambdaMetafactory");
        assertThat(referencedBy("com.shop.orders.LambdaAndReference")).contains("com.shop.catalog.Sku");
        assertThat(accessedBy("com.shop.orders.GenericOnly")).doesNotContain("com.shop.catalog.Product");
        assertThat(accessedBy("com.shop.orders.AnnotationOnly")).doesNotContain("com.shop.catalog.Tag");
        assertThat(accessedBy("com.shop.orders.FullyQualified")).doesNotContain("com.shop.catalog.Sku");
        assertThat(accessedBy("com.shop.orders.InlinedConstant")).doesNotContain("com.shop.catalog.Limits");
    }

    private static Set<String> accessedBy(String className) throws IOException {
        Path file = root.resolve("target/classes").resolve(className.replace('.', '/') + ".class");
        return ConstantPoolReferences.read(Files.readAllBytes(file)).accessed();
    }

    private static Path classFile(Path classes, JavaClass javaClass) {
        return classes.resolve(javaClass.getName().replace('.', '/') + ".class");
    }

    @Test
    void descriptorsAndSignaturesYieldTheirClassesOnly() {
        Set<String> found = new java.util.TreeSet<>();
        ConstantPoolReferences.addDescriptorClasses("(IJ[[Lcom/a/B;Ljava/util/Map<TK;+Lcom/a/C;>;)Lcom/a/D<*>.Inner;", found);
        ConstantPoolReferences.addDescriptorClasses("<T:Ljava/lang/Object;:Lcom/a/E;>Ljava/lang/Object;^Lcom/a/F;", found);
        ConstantPoolReferences.addDescriptorClasses("Hello; Lovely world;", found);
        assertThat(found).containsExactly("com.a.B", "com.a.C", "com.a.D", "com.a.E", "com.a.F",
                "java.lang.Object", "java.util.Map");
    }

}
