package io.carefile.benchmark;

import io.carefile.benchmark.DraftReturns.Draft;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Platforms reading while others submit: each reader, as one platform's attestor, lists its
 * obligations, lists its filings and reads the receipt of a return it has filed, in turn, as fast
 * as the answers come, until told to stop. Anything but 200 counts as an error.
 */
final class ReadLoad implements AutoCloseable {

  /** What a reader asks for. */
  enum Read {
    OBLIGATIONS("list obligations"),
    FILINGS("list filings"),
    RECEIPT("read a receipt");

    final String label;

    Read(String label) {
      this.label = label;
    }

    String path(Draft filed) {
      return switch (this) {
        case OBLIGATIONS -> "/api/v1/obligations";
        case FILINGS -> "/api/v1/filings";
        case RECEIPT -> "/api/v1/filings/" + filed.filingId() + "/versions/1/receipt";
      };
    }
  }

  /** What ran beside the reads, and the reads. */
  record Outcome<T>(T during, Reads reads) {}

  /** Each read's latencies over the run. */
  record Reads(Map<Read, Latencies> byRead, String firstError) {

    int errors() {
      return byRead.values().stream().mapToInt(Latencies::errors).sum();
    }

    int requests() {
      return byRead.values().stream().mapToInt(Latencies::requests).sum();
    }
  }

  private final CarefileApi api;
  private final ExecutorService readers;
  private final int readerCount;

  ReadLoad(CarefileApi api, int readers) {
    this.api = api;
    this.readerCount = readers;
    this.readers =
        Executors.newFixedThreadPool(
            readers,
            Thread.ofPlatform().name(SubmissionLoad.CLIENT_THREADS + "reader-", 1).factory());
  }

  /**
   * Reads while {@code during} runs (the submissions), and stops when it returns. Reader i reads as
   * the platform of {@code filed.get(i % filed.size())}, whose return is submitted.
   */
  <T> Outcome<T> readWhile(List<Draft> filed, Supplier<T> during) {
    AtomicBoolean stop = new AtomicBoolean();
    Map<Read, List<Long>> latencies = new EnumMap<>(Read.class);
    Map<Read, AtomicInteger> errors = new EnumMap<>(Read.class);
    for (Read read : Read.values()) {
      latencies.put(read, Collections.synchronizedList(new ArrayList<>()));
      errors.put(read, new AtomicInteger());
    }
    String[] firstError = new String[1];
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int reader = 0; reader < readerCount; reader++) {
      Draft own = filed.get(reader % filed.size());
      int offset = reader;
      running.add(
          readers.submit(
              () -> {
                for (int i = offset; !stop.get(); i++) {
                  Read read = Read.values()[i % Read.values().length];
                  long sent = System.nanoTime();
                  String error = read(read, own);
                  latencies.get(read).add(System.nanoTime() - sent);
                  if (error != null) {
                    errors.get(read).incrementAndGet();
                    synchronized (firstError) {
                      if (firstError[0] == null) {
                        firstError[0] = read.label + ": " + error;
                      }
                    }
                  }
                }
              }));
    }
    T result;
    try {
      result = during.get();
    } finally {
      stop.set(true);
    }
    for (var reader : running) {
      try {
        reader.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while stopping the readers", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("A reader failed", e.getCause());
      }
    }
    long wall = System.nanoTime() - started;
    Map<Read, Latencies> byRead = new EnumMap<>(Read.class);
    latencies.forEach(
        (read, nanos) ->
            byRead.put(
                read,
                Latencies.of(
                    nanos.stream().mapToLong(Long::longValue).toArray(),
                    errors.get(read).get(),
                    wall)));
    return new Outcome<>(result, new Reads(byRead, firstError[0]));
  }

  @Override
  public void close() {
    readers.close();
  }

  /** Null when the read answered 200, else what it answered. */
  private String read(Read read, Draft own) {
    try {
      HttpResponse<String> response = api.get(read.path(own), own.platform().token());
      if (response.statusCode() == 200) {
        return null;
      }
      return response.statusCode() + " " + response.body();
    } catch (IOException e) {
      return e.toString();
    }
  }
}
