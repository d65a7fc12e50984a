package io.github.architect.check;

import java.util.function.Supplier;

/**
 * A value computed on first use and kept: an unchanged re-run then never pays for what it does not
 * read (the model, the service mapping). Safe to share between the threads of one build.
 */
public final class Once<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private T value;

    private Once(Supplier<T> compute) {
        this.compute = compute;
    }

    public static <T> Once<T> of(Supplier<T> compute) {
        return new Once<>(compute);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}
