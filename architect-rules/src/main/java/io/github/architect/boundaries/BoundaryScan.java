package io.github.architect.boundaries;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.architect.boundaries.ModuleBytecode.ClassFile;
import io.github.architect.code.CodeModule;
import io.github.architect.code.ServiceMap;
import io.github.architect.mapping.CodeInventory;
import io.github.architect.model.Service;
import io.github.architect.check.ServiceEdge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The boundary question for one module, answered in two passes. The first reads every class file's
 * constant pool ({@link ModuleBytecode}) and maps each class named there to its service exactly as
 * the exact analysis does (the module holding the class, then the service of its package in that
 * module). Only the classes whose pools name another service go through ArchUnit's import, which
 * gives the dependency, its line and its description; in a build that follows its document that is
 * a handful of classes, not all of them.
 */
final class BoundaryScan {

    private final CodeModule module;
    private final ServiceMap services;
    private final CodeInventory inventory;
    private final DeclaredDependencies declared;
    private final ModuleBytecode bytecode;
    private final Set<String> ownClasses;
    private final Map<String, Optional<Service>> serviceByClass = new ConcurrentHashMap<>();

    BoundaryScan(CodeModule module, ServiceMap services, CodeInventory inventory, DeclaredDependencies declared) {
        this.module = module;
        this.services = services;
        this.inventory = inventory;
        this.declared = declared;
        this.bytecode = ModuleBytecode.read(module);
        this.ownClasses = bytecode.classNames();
    }

    /** Whether the module has any compiled class. */
    boolean hasClasses() {
        return !bytecode.isEmpty();
    }

    int classCount() {
        return bytecode.classes().size();
    }

    /** The service of a class of the build, as the check maps it: its module first, then its package there. */
    Optional<Service> serviceOf(String className) {
        return serviceByClass.computeIfAbsent(className, name -> (ownClasses.contains(name)
                ? Optional.of(module) : inventory.moduleOf(name))
                .flatMap(owner -> services.serviceOf(owner, name)));
    }

    Optional<Service> serviceOfOrigin(String className) {
        return services.serviceOf(module, className);
    }

    /**
     * The classes whose constant pool names a class of a service their own may not use, with every
     * class of the same source file (the exact analysis reads the enclosing class of anonymous
     * ones), imported by ArchUnit; empty when no class can cross an undeclared boundary.
     */
    List<JavaClass> undeclaredCandidates() {
        List<ClassFile> candidates = bytecode.classes().stream().filter(this::mayUseUndeclared).toList();
        return importFamilies(candidates);
    }

    /**
     * The service pairs the module's code uses, exactly as ArchUnit's dependencies show them. A pair
     * that a class reaches by a call, a field access, inheritance or an implemented interface is a
     * dependency ArchUnit always reports, so it is used without asking ArchUnit. Any other pair the
     * constant pools name is confirmed by importing the classes that name it, one first, all of them
     * only if that one's dependencies do not show it (a pool also names what no dependency does,
     * such as the return type of a called method). In a build whose services call each other's
     * code, ArchUnit is not even loaded.
     */
    Set<ServiceEdge> usedEdges(Consumer<String> debug) {
        Set<ServiceEdge> used = new TreeSet<>();
        Map<ServiceEdge, List<ClassFile>> named = new TreeMap<>();
        for (ClassFile origin : bytecode.classes()) {
            Optional<Service> from = serviceOfOrigin(origin.name());
            if (from.isEmpty()) {
                continue;
            }
            if (origin.referenced() == null) {
                // unreadable by the first pass: let ArchUnit say which pairs it uses
                named.computeIfAbsent(new ServiceEdge(from.get().name(), ""), e -> new ArrayList<>()).add(origin);
                continue;
            }
            for (String target : origin.referenced()) {
                Optional<Service> to = serviceOf(target).filter(service -> !service.name().equals(from.get().name()));
                if (to.isEmpty()) {
                    continue;
                }
                ServiceEdge edge = new ServiceEdge(from.get().name(), to.get().name());
                if (origin.accessed().contains(target)) {
                    used.add(edge);
                } else {
                    named.computeIfAbsent(edge, e -> new ArrayList<>()).add(origin);
                }
            }
        }
        named.keySet().removeAll(used);
        debug.accept("used service pairs of " + module.artifactId() + ": " + used.size() + " shown by calls or inheritance, "
                + named.size() + " left for ArchUnit to confirm");
        if (named.isEmpty()) {
            return Collections.unmodifiableSet(used);
        }
        List<ClassFile> first = named.values().stream().map(list -> list.get(0)).distinct().toList();
        Set<String> imported = new HashSet<>();
        first.forEach(c -> imported.add(c.name()));
        used.addAll(edgesOf(importFamilies(first)));
        List<ClassFile> rest = named.entrySet().stream()
                .filter(e -> !used.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .filter(c -> !imported.contains(c.name()))
                .distinct().toList();
        if (!rest.isEmpty()) {
            used.addAll(edgesOf(importFamilies(rest)));
        }
        return Collections.unmodifiableSet(used);
    }

    private Set<ServiceEdge> edgesOf(List<JavaClass> classes) {
        Set<ServiceEdge> edges = new TreeSet<>();
        for (JavaClass origin : classes) {
            Optional<Service> from = serviceOfOrigin(origin.getName());
            if (from.isEmpty()) {
                continue;
            }
            for (com.tngtech.archunit.core.domain.Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = UndeclaredUse.targetOf(dependency);
                if (target.isPrimitive()) {
                    continue;
                }
                serviceOf(target.getName())
                        .filter(to -> !to.name().equals(from.get().name()))
                        .ifPresent(to -> edges.add(new ServiceEdge(from.get().name(), to.name())));
            }
        }
        return edges;
    }

    private boolean mayUseUndeclared(ClassFile origin) {
        Optional<Service> from = serviceOfOrigin(origin.name());
        if (from.isEmpty()) {
            return false;
        }
        if (origin.referenced() == null) {
            return true;
        }
        for (String target : origin.referenced()) {
            if (target.equals(origin.name())) {
                continue;
            }
            Optional<Service> to = serviceOf(target);
            if (to.isPresent() && !declared.allows(from.get(), to.get())) {
                return true;
            }
        }
        return false;
    }

    /** Imports the classes with every class of their source files; nothing when there are none. */
    private List<JavaClass> importFamilies(List<ClassFile> classes) {
        if (classes.isEmpty()) {
            return List.of(); // ArchUnit is not even loaded
        }
        Set<String> families = new HashSet<>();
        classes.forEach(c -> families.add(c.topLevelName()));
        List<Path> files = bytecode.classes().stream()
                .filter(c -> families.contains(c.topLevelName()))
                .map(ClassFile::file)
                .toList();
        JavaClasses imported = ModuleClasses.importPaths(files);
        return imported.stream().sorted(Comparator.comparing(JavaClass::getName)).toList();
    }
}
