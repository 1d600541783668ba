package io.carefile.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Work spread over threads, failing on the first failure. */
final class Parallel {

  private Parallel() {}

  /** Runs the same work on {@code times} threads of the pool and waits until all have finished. */
  static void onEach(ExecutorService pool, int times, Runnable work) {
    List<Future<?>> futures = new ArrayList<>(times);
    for (int i = 0; i < times; i++) {
      futures.add(pool.submit(work));
    }
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("A benchmark thread failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during a benchmark run", e);
    }
  }

  /** Applies the work to every item on a pool of threads; answers the results in item order. */
  static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>(items.size());
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Benchmark setup failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during benchmark setup", e);
    }
  }
}
