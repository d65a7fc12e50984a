package io.github.architect.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent pieces of work (the checks of one module) side by side on a build's own few
 * threads, and hands the answers back in the order the work was given, whatever finished first:
 * what is made of them cannot depend on the thread timing. A cold JVM spends most of a check's
 * time loading and compiling its libraries, which two checks do in parallel on two cores.
 *
 * <p>The threads are daemons that end after a few idle seconds, so a long-lived build JVM (an IDE,
 * the Maven daemon) keeps none between builds. Each piece runs with the context class loader of
 * the thread that gave it (Maven's plugin realm).
 */
final class CheckThreads {

    private final ThreadPoolExecutor executor;

    private CheckThreads(int threads) {
        if (threads <= 1) {
            executor = null;
            return;
        }
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "architect-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** As many threads as the machine has cores. */
    static CheckThreads perCore() {
        return of(Runtime.getRuntime().availableProcessors());
    }

    /** This many threads; one or fewer runs everything in the calling thread. */
    static CheckThreads of(int threads) {
        return new CheckThreads(threads);
    }

    /** Everything in the calling thread, one piece after the other. */
    static CheckThreads none() {
        return new CheckThreads(1);
    }

    /**
     * The answers of every piece of work, in the order given. A piece that throws fails the whole
     * with its own exception, once every piece has ended.
     */
    <T> List<T> all(List<Supplier<T>> work) {
        if (executor == null || work.size() < 2) {
            return work.stream().map(Supplier::get).toList();
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<CompletableFuture<T>> running = new ArrayList<>();
        for (Supplier<T> piece : work) {
            running.add(CompletableFuture.supplyAsync(() -> withLoader(loader, piece), executor));
        }
        List<T> answers = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<T> future : running) {
            try {
                answers.add(future.join());
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return answers;
    }

    private static <T> T withLoader(ClassLoader loader, Supplier<T> piece) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return piece.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
