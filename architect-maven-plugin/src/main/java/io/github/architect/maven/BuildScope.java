package io.github.architect.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.SessionData;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Computes a value once per Maven build and shares it between the executions of every module,
 * including those running in parallel with {@code -T}. The value lives in the repository
 * session's data, which Maven keeps for exactly one build (also under mvnd), so nothing leaks
 * into the next build as a static field would.
 */
final class BuildScope {

    /** The shared value, and whether this execution is the one that computed it. */
    record Shared<T>(T value, boolean computedHere) {
    }

    private BuildScope() {
    }

    @SuppressWarnings("unchecked")
    static <T> Shared<T> once(MavenSession session, Object key, Supplier<T> compute) throws MojoExecutionException {
        SessionData data = session.getRepositorySession().getData();
        FutureTask<T> mine = new FutureTask<>(compute::get);
        // set(key, null, value) is a compare-and-set: exactly one execution wins and computes,
        // the others wait for its result instead of computing their own.
        boolean computedHere = data.set(key, null, mine);
        FutureTask<T> task = computedHere ? mine : (FutureTask<T>) data.get(key);
        if (computedHere) {
            task.run();
        }
        try {
            return new Shared<>(task.get(), computedHere);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while waiting for another module to read the document", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new MojoExecutionException(String.valueOf(cause.getMessage()), cause);
        }
    }
}
