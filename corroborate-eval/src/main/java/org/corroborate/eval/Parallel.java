package org.corroborate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs an evaluation's items through the engine on a fixed pool of daemon threads, the results in item order. */
public final class Parallel {

    private Parallel() {
    }

    /**
     * {@code task} applied to every item, {@code threads} at a time. The first failure stops the run with an
     * exception naming {@code what} ("a GAP example") and its cause.
     */
    public static <T, R> List<R> map(List<T> items, int threads, String what, Function<T, R> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "eval-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                Callable<R> call = () -> task.apply(item);
                futures.add(pool.submit(call));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + what + "s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
