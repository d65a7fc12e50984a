package io.github.architect.mapping;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which packages and top-level classes each module of the build holds, read from source files and,
 * where present, compiled classes. Sources count because in a parallel build the other modules may
 * not be compiled yet when a module is checked.
 */
public final class CodeInventory {

    private final Map<CodeModule, Set<String>> packagesByModule;
    private final Map<String, CodeModule> moduleByClass;
    private final Map<String, CodeModule> moduleByPackage = new HashMap<>();

    private CodeInventory(Map<CodeModule, Set<String>> packagesByModule, Map<String, CodeModule> moduleByClass) {
        this.packagesByModule = packagesByModule;
        this.moduleByClass = moduleByClass;
        packagesByModule.forEach((module, packages) -> packages.forEach(p -> moduleByPackage.putIfAbsent(p, module)));
    }

    /** Walks the source roots and output directories of every module that holds code. */
    public static CodeInventory scan(Codebase codebase) {
        Map<CodeModule, Set<String>> packages = new LinkedHashMap<>();
        Map<String, CodeModule> classes = new HashMap<>();
        for (CodeModule module : codebase.modules()) {
            if (!module.holdsCode()) {
                continue;
            }
            Set<String> modulePackages = new TreeSet<>();
            for (Path root : module.sourceRoots()) {
                scanRoot(module, root, ".java", modulePackages, classes);
            }
            for (Path root : module.classesDirectories()) {
                scanRoot(module, root, ".class", modulePackages, classes);
            }
            packages.put(module, Collections.unmodifiableSet(modulePackages));
        }
        return new CodeInventory(Collections.unmodifiableMap(packages), classes);
    }

    private static void scanRoot(CodeModule module, Path root, String suffix, Set<String> packages,
                                 Map<String, CodeModule> classes) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String fileName = file.getFileName().toString();
                    if (attributes.isRegularFile() && fileName.endsWith(suffix)) {
                        record(module, root, file, fileName.substring(0, fileName.length() - suffix.length()),
                                packages, classes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // another module of a parallel build may be cleaning or compiling right now
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root + ": "
                    + io.github.architect.code.ReadFailure.of(root, e).describe(), e);
        }
    }

    private static void record(CodeModule module, Path root, Path file, String simpleName, Set<String> packages,
                               Map<String, CodeModule> classes) {
        if (simpleName.equals("package-info") || simpleName.equals("module-info")) {
            return;
        }
        Path relativeDir = root.relativize(file).getParent();
        String packageName = relativeDir == null ? "" : relativeDir.toString().replace(root.getFileSystem().getSeparator(), ".");
        packages.add(packageName);
        int nested = simpleName.indexOf('$');
        String topLevel = nested >= 0 ? simpleName.substring(0, nested) : simpleName;
        classes.putIfAbsent(packageName.isEmpty() ? topLevel : packageName + "." + topLevel, module);
    }

    /** The modules that hold code, in build order. */
    public List<CodeModule> modules() {
        return List.copyOf(packagesByModule.keySet());
    }

    /** Packages holding at least one source or class file of the module. */
    public Set<String> packagesOf(CodeModule module) {
        return packagesByModule.getOrDefault(module, Set.of());
    }

    public int packageCount() {
        return packagesByModule.values().stream().mapToInt(Set::size).sum();
    }

    /** The module of the build a class (nested classes included) is defined in, empty for library classes. */
    public Optional<CodeModule> moduleOf(String className) {
        int nested = className.indexOf('$');
        String topLevel = nested >= 0 ? className.substring(0, nested) : className;
        CodeModule byClass = moduleByClass.get(topLevel);
        if (byClass != null) {
            return Optional.of(byClass);
        }
        // a second top-level class in another class's file: its package still tells the module
        int dot = topLevel.lastIndexOf('.');
        String packageName = dot < 0 ? "" : topLevel.substring(0, dot);
        return Optional.ofNullable(moduleByPackage.get(packageName));
    }
}
