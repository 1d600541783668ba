package io.carefile.common.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;

/**
 * The one escape from tenant scope: work the service does by itself, for every platform (scheduled
 * jobs, start-up publication, the audit sequencer). Inside it, repositories and the database's
 * row-level security see every platform. An ArchUnit rule keeps it off request paths.
 *
 * <p>It must begin outside any transaction: the scope of a database connection is fixed when the
 * transaction takes it from the pool, so the work's own transactions start inside the escape.
 */
public final class SystemWork {

  private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

  private SystemWork() {}

  public static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  public static <T> T call(Supplier<T> work) {
    if (QuarkusTransaction.isActive()) {
      throw new IllegalStateException(
          "System work must start outside a transaction: the open one is scoped to its caller");
    }
    Boolean outer = ACTIVE.get();
    ACTIVE.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        ACTIVE.remove();
      }
    }
  }

  static boolean active() {
    return ACTIVE.get() != null;
  }
}
