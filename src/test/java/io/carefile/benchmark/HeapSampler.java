package io.carefile.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JVM's heap over the benchmark: its peak, sampled every 100 ms from start to {@link #close()},
 * and what is left after a full collection when asked. The JVM runs the application and the load
 * generator together, so these are upper bounds for the application alone.
 */
final class HeapSampler implements AutoCloseable {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("benchmark-heap-sampler").daemon().factory());
  private final AtomicLong peak = new AtomicLong();

  HeapSampler() {
    sampler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
  }

  /** The most heap in use at any sample so far, in bytes. */
  long peakBytes() {
    sample();
    return peak.get();
  }

  /** The heap the JVM may grow to ({@code -Xmx}), in bytes. */
  static long maxBytes() {
    return MEMORY.getHeapMemoryUsage().getMax();
  }

  /** The heap in use after a full collection, in bytes: what the JVM really holds on to. */
  static long liveBytes() {
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }

  private void sample() {
    peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
  }
}
