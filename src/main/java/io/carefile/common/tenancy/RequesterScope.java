package io.carefile.common.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Objects;

/**
 * Background work done for someone who asked and has gone (an export): the one way to narrow {@link
 * SystemWork}, which sees every platform, to the scope the requester had when it asked, so that the
 * work reads exactly what the request would have. It only ever narrows: outside system work (on a
 * request path) it refuses, and the caller's own scope stands.
 */
public final class RequesterScope {

  private static final ThreadLocal<Scope> NARROWED = new ThreadLocal<>();

  private RequesterScope() {}

  /** Runs {@code work} in {@code requester}'s recorded scope; it opens its own transactions. */
  public static void run(Scope requester, Runnable work) {
    Objects.requireNonNull(requester, "requester");
    if (!SystemWork.active()) {
      throw new IllegalStateException(
          "Only system work acts for a requester: a request keeps its caller's scope");
    }
    if (QuarkusTransaction.isActive() || NARROWED.get() != null) {
      throw new IllegalStateException(
          "A requester's work starts outside any transaction and any other requester's work");
    }
    NARROWED.set(requester);
    try {
      work.run();
    } finally {
      NARROWED.remove();
    }
  }

  /** The requester's scope while its work runs, else null. */
  static Scope narrowed() {
    return NARROWED.get();
  }
}
