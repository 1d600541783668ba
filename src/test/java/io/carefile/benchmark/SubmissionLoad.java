package io.carefile.benchmark;

import io.carefile.benchmark.DraftReturns.Draft;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Submits drafts over HTTP and times every request. Anything but 201 counts as an error; the first
 * few are kept to say what went wrong.
 */
final class SubmissionLoad implements AutoCloseable {

  /** Names of the client threads, which outlive each run so that their CPU time can be read. */
  static final String CLIENT_THREADS = "benchmark-client-";

  private static final int ERRORS_KEPT = 5;

  private final CarefileApi api;
  private final ExecutorService clients;
  private final int clientCount;
  private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();

  SubmissionLoad(CarefileApi api, int clients) {
    this.api = api;
    this.clientCount = clients;
    this.clients =
        Executors.newFixedThreadPool(
            clients, Thread.ofPlatform().name(CLIENT_THREADS, 1).factory());
  }

  /**
   * Closed loop at maximum throughput: each client submits its next draft as soon as its previous
   * answer arrives. Throughput is submissions over the wall time of the whole run.
   */
  Latencies closedLoop(List<Draft> drafts) {
    long[] latencies = new long[drafts.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long started = System.nanoTime();
    Parallel.onEach(
        clients,
        clientCount,
        () -> {
          for (int i = next.getAndIncrement(); i < drafts.size(); i = next.getAndIncrement()) {
            long sent = System.nanoTime();
            if (!submitted(drafts.get(i))) {
              errors.incrementAndGet();
            }
            latencies[i] = System.nanoTime() - sent;
          }
        });
    return Latencies.of(latencies, errors.get(), System.nanoTime() - started);
  }

  /**
   * Open loop at a fixed rate: request i is due at {@code start + i / rate} and is sent then
   * whatever earlier requests are doing, each on its own virtual thread. Latency counts from when
   * the request was due, so a stall delays the requests behind it in the figures too (no
   * coordinated omission).
   */
  Latencies openLoop(List<Draft> drafts, int perSecond) {
    long[] latencies = new long[drafts.size()];
    AtomicInteger errors = new AtomicInteger();
    long interval = 1_000_000_000L / perSecond;
    long started = System.nanoTime();
    try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < drafts.size(); i++) {
        long due = started + i * interval;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        Draft draft = drafts.get(i);
        int request = i;
        requests.execute(
            () -> {
              if (!submitted(draft)) {
                errors.incrementAndGet();
              }
              latencies[request] = System.nanoTime() - due;
            });
      }
    }
    return Latencies.of(latencies, errors.get(), System.nanoTime() - started);
  }

  @Override
  public void close() {
    clients.close();
  }

  /** What the first failed requests answered; empty when every request succeeded. */
  List<String> errorSamples() {
    return List.copyOf(errorSamples);
  }

  private boolean submitted(Draft draft) {
    try {
      HttpResponse<String> response = api.submit(draft.filingId(), draft.platform().token());
      if (response.statusCode() == 201) {
        return true;
      }
      keep(response.statusCode() + " " + response.body());
    } catch (IOException e) {
      keep(e.toString());
    }
    return false;
  }

  private void keep(String error) {
    if (errorSamples.size() < ERRORS_KEPT) {
      errorSamples.add(error);
    }
  }
}
