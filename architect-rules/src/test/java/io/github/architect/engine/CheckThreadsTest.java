package io.github.architect.engine;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks run side by side give their answers in the order they were given, whatever finishes first. */
class CheckThreadsTest {

    /** Two threads even on a one-core machine, so the test runs side by side everywhere. */
    private final CheckThreads threads = CheckThreads.of(2);

    @Test
    void answersComeInTheOrderGivenThoughTheFirstFinishesLast() {
        CountDownLatch secondDone = new CountDownLatch(1);
        Supplier<String> slow = () -> {
            try {
                // the first piece waits for the second: they run side by side, or this times out
                assertThat(secondDone.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "first";
        };
        Supplier<String> fast = () -> {
            secondDone.countDown();
            return "second";
        };

        assertThat(threads.all(List.of(slow, fast))).containsExactly("first", "second");
    }

    @Test
    void aPieceThatThrowsFailsTheWholeWithItsOwnException() {
        Supplier<String> fine = () -> "fine";
        Supplier<String> broken = () -> {
            throw new IllegalStateException("broken check");
        };

        assertThatThrownBy(() -> threads.all(List.of(fine, broken)))
                .isInstanceOf(IllegalStateException.class).hasMessage("broken check");
    }

    @Test
    void eachPieceRunsWithTheContextClassLoaderOfTheCaller() throws Exception {
        Thread caller = Thread.currentThread();
        ClassLoader before = caller.getContextClassLoader();
        try (URLClassLoader realm = new URLClassLoader(new URL[0], before)) {
            caller.setContextClassLoader(realm);
            Supplier<ClassLoader> loader = () -> Thread.currentThread().getContextClassLoader();

            assertThat(threads.all(List.of(loader, loader))).containsOnly(realm);
        } finally {
            caller.setContextClassLoader(before);
        }
    }

    @Test
    void withoutThreadsEverythingRunsInTheCallingThread() {
        Thread caller = Thread.currentThread();
        Supplier<Thread> where = Thread::currentThread;

        assertThat(CheckThreads.none().all(List.of(where, where))).containsOnly(caller);
    }
}
