package io.carefile.common.jobs;

import io.agroal.api.AgroalDataSource;
import io.carefile.audit.AuditLog;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jobs that exist only in the tests, declared as a feature declares its own: two recurring jobs
 * whose slots never come by themselves (the tests make them due) and one kind of one-off job. Each
 * run appends an audit event for its slot, the effect the tests count, and notes here which
 * instance ran it and how many platforms it could see.
 */
@ApplicationScoped
public class TestJobs {

  static final String CONTESTED = "test-contested";
  static final String DYING = "test-dying";
  static final String ONE_OFF = "test-one-off";

  /** The first of January 2099: the slots of the test jobs come only when a test makes them due. */
  private static final String NEVER_BY_ITSELF = "0 0 0 1 1 ? 2099";

  private static final Pattern PAYLOAD =
      Pattern.compile("\\{\"slot\":\"([0-9a-f-]{36})\",\"failures\":(\\d+)}");

  /** Only bounds how long a run waits to be released; nothing is timed. */
  private static final Duration RELEASE_DEADLINE = Duration.ofSeconds(120);

  /** One run, or one step of a run, of a test job. */
  record Run(String job, UUID slot, String step, String instance, long platformsSeen) {}

  @Inject AuditLog auditLog;
  @Inject EntityManager entityManager;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  final Queue<Run> runs = new ConcurrentLinkedQueue<>();
  private volatile UUID contestedSlot;
  private volatile UUID dyingSlot;
  private final AtomicBoolean blockNextDyingRun = new AtomicBoolean();
  private volatile CountDownLatch halfWay = new CountDownLatch(1);
  private volatile CountDownLatch released = new CountDownLatch(1);
  private final Map<UUID, AtomicInteger> oneOffAttempts = new ConcurrentHashMap<>();

  @Produces
  @Singleton
  RecurringJob contested() {
    return RecurringJob.of(CONTESTED, NEVER_BY_ITSELF, this::runContested);
  }

  @Produces
  @Singleton
  RecurringJob dying() {
    return RecurringJob.of(DYING, NEVER_BY_ITSELF, this::runDying);
  }

  @Produces
  @Singleton
  OneOffJob oneOff() {
    return OneOffJob.of(ONE_OFF, this::runOneOff);
  }

  UUID newContestedSlot() {
    contestedSlot = UUID.randomUUID();
    return contestedSlot;
  }

  /** A new slot of the dying job, whose next run stops half way until {@link #release()}. */
  UUID newDyingSlot() {
    dyingSlot = UUID.randomUUID();
    halfWay = new CountDownLatch(1);
    released = new CountDownLatch(1);
    blockNextDyingRun.set(true);
    return dyingSlot;
  }

  boolean awaitHalfWay(Duration deadline) throws InterruptedException {
    return halfWay.await(deadline.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Lets a run stopped half way go on; it gives up, as its instance is taken to be dead. */
  void release() {
    released.countDown();
  }

  List<Run> runsOf(UUID slot) {
    return runs.stream().filter(run -> run.slot().equals(slot)).toList();
  }

  private void runContested() {
    UUID slot = contestedSlot;
    record(CONTESTED, slot, "ran", "recurring");
  }

  private void runDying() {
    UUID slot = dyingSlot;
    record(DYING, slot, "begun", "recurring");
    if (blockNextDyingRun.compareAndSet(true, false)) {
      halfWay.countDown();
      try {
        released.await(RELEASE_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("This run's instance was taken to be dead");
    }
    record(DYING, slot, "completed", "recurring");
  }

  private void runOneOff(String payload) {
    Matcher fields = PAYLOAD.matcher(payload);
    if (!fields.matches()) {
      throw new IllegalArgumentException("Not a test payload: " + payload);
    }
    UUID slot = UUID.fromString(fields.group(1));
    int attempt =
        oneOffAttempts.computeIfAbsent(slot, key -> new AtomicInteger()).incrementAndGet();
    if (attempt <= Integer.parseInt(fields.group(2))) {
      record(ONE_OFF, slot, "failed", slot.toString());
      throw new IllegalStateException("Attempt " + attempt + " of " + slot + " fails on purpose");
    }
    record(ONE_OFF, slot, "ran", slot.toString());
  }

  /** Appends the run's audit event in a transaction of its own and notes the run. */
  private void record(String job, UUID slot, String step, String taskInstance) {
    long platformsSeen =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  auditLog.append(
                      new AuditLog.Entry(
                          "test.job-" + step, "TestJob", slot, null, Map.of("job", job)));
                  return ((Number)
                          entityManager
                              .createNativeQuery("select count(*) from platform")
                              .getSingleResult())
                      .longValue();
                });
    runs.add(new Run(job, slot, step, pickedBy(job, taskInstance), platformsSeen));
  }

  private String pickedBy(String job, String taskInstance) {
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select picked_by from scheduled_tasks"
                    + " where task_name = ? and task_instance = ? and picked")) {
      query.setString(1, job);
      query.setString(2, taskInstance);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
