package io.github.architect.boundaries;

import io.github.architect.code.CodeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The class files of one module's output directories with what each one's constant pool names,
 * read without ArchUnit: the cheap first pass of the boundary check.
 *
 * @param classes every class file, sorted by class name
 */
record ModuleBytecode(List<ClassFile> classes) {

    /**
     * @param name       the class's binary name
     * @param file       its class file
     * @param referenced what its constant pool names; null when the file could not be read that way,
     *                   so that it goes on to the exact analysis like a class that may cross a boundary
     * @param accessed   the part of {@code referenced} that is surely a dependency ArchUnit sees (see
     *                   {@link ConstantPoolReferences.Read#accessed()}); null when {@code referenced} is
     */
    record ClassFile(String name, Path file, Set<String> referenced, Set<String> accessed) {

        /** The outermost class's name: nested and anonymous classes share it with their top-level class. */
        String topLevelName() {
            int simpleStart = name.lastIndexOf('.') + 1;
            int nested = name.indexOf('$', simpleStart);
            return nested < 0 ? name : name.substring(0, nested);
        }
    }

    ModuleBytecode {
        classes = List.copyOf(classes);
    }

    static ModuleBytecode read(CodeModule module) {
        List<ClassFile> classes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path root : module.classesDirectories()) {
            for (Path file : classFiles(root)) {
                ClassFile read = read(root, file);
                // the first output directory wins, as on a class path
                if (seen.add(read.name())) {
                    classes.add(read);
                }
            }
        }
        classes.sort(Comparator.comparing(ClassFile::name));
        return new ModuleBytecode(classes);
    }

    Set<String> classNames() {
        Set<String> names = new HashSet<>();
        classes.forEach(c -> names.add(c.name()));
        return Collections.unmodifiableSet(names);
    }

    boolean isEmpty() {
        return classes.isEmpty();
    }

    private static ClassFile read(Path root, Path file) {
        try {
            ConstantPoolReferences.Read read = ConstantPoolReferences.read(Files.readAllBytes(file));
            return new ClassFile(read.className(), file, read.referenced(), read.accessed());
        } catch (IOException | RuntimeException unreadable) {
            // a class file of a newer Java than ASM knows, or one being rewritten by a parallel build:
            // the exact analysis decides, as it did before this pass existed
            return new ClassFile(nameFromPath(root, file), file, null, null);
        }
    }

    private static String nameFromPath(Path root, Path file) {
        String relative = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), ".");
        return relative.substring(0, relative.length() - ".class".length());
    }

    private static List<Path> classFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".class")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }
}
