package io.github.architect.check;

import io.github.architect.cache.ScanCache;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a check gets: the document's model, the code of the build, which code belongs to which
 * service, options, and a place to share expensive results (one bytecode import per module).
 */
public final class CheckContext {

    private final Supplier<ArchitectureModel> model;
    private final Codebase codebase;
    private final Supplier<ServiceMap> services;
    private final Map<String, String> options;
    private final ScanCache scanCache;
    private final Consumer<String> debug;
    private final Map<Object, FutureTask<?>> shared = new ConcurrentHashMap<>();

    /** A context whose scanners keep their per-file results for this run only. */
    public CheckContext(ArchitectureModel model, Codebase codebase, ServiceMap services, Map<String, String> options) {
        this(model, codebase, services, options, ScanCache.disabled());
    }

    public CheckContext(ArchitectureModel model, Codebase codebase, ServiceMap services, Map<String, String> options,
                        ScanCache scanCache) {
        this(model, codebase, services, options, scanCache, message -> { });
    }

    /**
     * @param debug where checks explain a decision a user may wonder about (a match despite renamed
     *              path parameters); Maven prints it with {@code -X}
     */
    public CheckContext(ArchitectureModel model, Codebase codebase, ServiceMap services, Map<String, String> options,
                        ScanCache scanCache, Consumer<String> debug) {
        this(() -> model, codebase, () -> services, options, scanCache, debug);
    }

    /**
     * A context that reads the document and maps the code only when a check first asks: an unchanged
     * re-run served from the cache never does. Each supplier is called at most once.
     */
    public CheckContext(Supplier<ArchitectureModel> model, Codebase codebase, Supplier<ServiceMap> services,
                        Map<String, String> options, ScanCache scanCache, Consumer<String> debug) {
        this.model = Once.of(model);
        this.codebase = codebase;
        this.services = Once.of(services);
        this.options = Map.copyOf(options);
        this.scanCache = scanCache;
        this.debug = debug;
    }

    /** Explains a decision at DEBUG level; never a finding. */
    public void debug(String message) {
        debug.accept(message);
    }

    public ArchitectureModel model() {
        return model.get();
    }

    public Codebase codebase() {
        return codebase;
    }

    public ServiceMap services() {
        return services.get();
    }

    /**
     * Where scanners keep what they extracted from each source file, keyed by its content hash, so
     * that a run after a one-file change parses that file again and reuses the rest.
     */
    public ScanCache scanCache() {
        return scanCache;
    }

    /** The build's Java sources, listed, read and parsed once for every check that reads them. */
    public JavaSourceIndex javaSources() {
        return shared(JavaSourceIndex.class, () -> JavaSourceIndex.of(codebase));
    }

    /** Every option, for keys of caches: findings depend on them. */
    public Map<String, String> options() {
        return options;
    }

    /** A string option such as {@code basePath} or {@code naming}, as configured. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).filter(v -> !v.isBlank());
    }

    /**
     * Computes a value once per key and context and hands the same instance to every check that asks.
     * Keys should be records naming what they cache, e.g. {@code new ImportedClasses(module)}.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> compute) {
        // The value is computed outside the map's lock, so a computation may itself ask for another
        // shared value (computeIfAbsent would throw "Recursive update"), and modules checked in
        // parallel wait for the one computation instead of repeating it.
        FutureTask<T> mine = new FutureTask<>(compute::get);
        FutureTask<T> task = (FutureTask<T>) shared.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + key, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
