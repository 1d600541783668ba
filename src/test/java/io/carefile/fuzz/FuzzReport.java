package io.carefile.fuzz;

import io.carefile.fuzz.ApiFuzzTest.Caller;
import io.carefile.fuzz.Mutations.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the fuzzer sent and found: requests by operation and outcome, and failures grouped by
 * operation, mutation class and kind of failure, each with its count and its first example.
 */
final class FuzzReport {

  private final long seed;
  private final int budget;
  private final long started = System.nanoTime();
  private final Map<String, long[]> counts = new TreeMap<>();
  private final Map<String, List<String>> callers = new TreeMap<>();
  private final Map<String, Failure> failures = new LinkedHashMap<>();
  private final List<String> chain = new ArrayList<>();
  private long total;

  private static final class Failure {
    int count;
    final String example;

    Failure(String example) {
      this.example = example;
    }
  }

  FuzzReport(long seed, int budget) {
    this.seed = seed;
    this.budget = budget;
  }

  long total() {
    return total;
  }

  /** [requests, 2xx, 4xx, 5xx, no answer, skipped] */
  void count(String operation, Caller caller, int status) {
    long[] row = counts.computeIfAbsent(operation, o -> new long[6]);
    row[0]++;
    total++;
    if (status == 0) {
      row[4]++;
    } else if (status < 300) {
      row[1]++;
    } else if (status < 500) {
      row[2]++;
    } else {
      row[3]++;
    }
    List<String> who = callers.computeIfAbsent(operation, o -> new ArrayList<>());
    if (!who.contains(caller.label())) {
      who.add(caller.label());
    }
  }

  void skipped(String operation) {
    counts.computeIfAbsent(operation, o -> new long[6])[5]++;
  }

  void failure(
      String operation, Request request, Caller caller, String what, int status, String body) {
    String key = operation + " | " + request.mutation() + " | " + what;
    Failure failure =
        failures.computeIfAbsent(
            key,
            k ->
                new Failure(
                    "      e.g. as "
                        + caller.label()
                        + ": "
                        + request.method()
                        + " "
                        + Mutations.excerpt(request.path(), 120)
                        + "  ["
                        + request.detail()
                        + "]\n"
                        + "        Content-Type: "
                        + request.contentType()
                        + (request.headers().isEmpty()
                            ? ""
                            : "  headers " + excerptHeaders(request))
                        + "\n        body: "
                        + request.bodyExcerpt()
                        + "\n        answer "
                        + status
                        + ": "
                        + Mutations.excerpt(body == null ? "" : body, 400)));
    failure.count++;
  }

  void chainBroken(String when, String answer) {
    chain.add("audit chain not intact " + when + ": " + Mutations.excerpt(answer, 300));
  }

  boolean hasFailures() {
    return !failures.isEmpty() || !chain.isEmpty();
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%nAPI fuzzer: seed %d, %d requests asked, %d sent in %.1f s%n",
            seed, budget, total, (System.nanoTime() - started) / 1e9));
    out.append(
        String.format(
            "%-42s %8s %6s %6s %6s %6s %6s  %s%n",
            "operation", "requests", "2xx", "4xx", "5xx", "none", "skip", "callers"));
    long[] sum = new long[6];
    counts.forEach(
        (operation, row) -> {
          out.append(
              String.format(
                  "%-42s %8d %6d %6d %6d %6d %6d  %s%n",
                  operation,
                  row[0],
                  row[1],
                  row[2],
                  row[3],
                  row[4],
                  row[5],
                  String.join(", ", callers.getOrDefault(operation, List.of()))));
          for (int i = 0; i < row.length; i++) {
            sum[i] += row[i];
          }
        });
    out.append(
        String.format(
            "%-42s %8d %6d %6d %6d %6d %6d%n",
            "total", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]));
    out.append(String.format("%d distinct failure classes%n", failures.size() + chain.size()));
    return out.toString();
  }

  String failures() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "The API fuzzer found %d distinct failure classes in %d requests (seed %d; rerun with"
                + " -Dcarefile.fuzz.seed=%d -Dcarefile.fuzz.requests=%d):%n",
            failures.size() + chain.size(), total, seed, seed, budget));
    chain.forEach(line -> out.append("  ").append(line).append('\n'));
    String currentOperation = "";
    for (Map.Entry<String, Failure> entry : new TreeMap<>(failures).entrySet()) {
      String[] parts = entry.getKey().split(" \\| ", 3);
      if (!parts[0].equals(currentOperation)) {
        currentOperation = parts[0];
        out.append('\n').append(currentOperation).append('\n');
      }
      out.append(
          String.format("  [%s] %s  (%d times)%n", parts[1], parts[2], entry.getValue().count));
      out.append(entry.getValue().example).append('\n');
    }
    return out.toString();
  }

  private static String excerptHeaders(Request request) {
    StringBuilder out = new StringBuilder();
    request
        .headers()
        .forEach(
            (name, value) ->
                out.append(name).append(": ").append(Mutations.excerpt(value, 40)).append(' '));
    return out.toString().trim();
  }
}
