package io.carefile.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each finished run is one line naming the job, its slot and the instance that ran it. */
class JobRunLogTest {

  private static final Instant SLOT = Instant.parse("2026-12-03T00:15:00Z");

  private final Logger logger = Logger.getLogger(JobRunLog.class.getName());
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler collector =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void collect() {
    logger.addHandler(collector);
  }

  @AfterEach
  void stopCollecting() {
    logger.removeHandler(collector);
  }

  @Test
  void aSucceededRunNamesTheJobItsSlotAndTheInstance() {
    Execution execution = new Execution(SLOT, new TaskInstance<>("obligations-daily", "recurring"));

    new JobRunLog("replica-a")
        .onExecutionComplete(ExecutionComplete.success(execution, SLOT, SLOT.plusMillis(1250)));

    assertThat(records)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.getLevel()).isEqualTo(Level.INFO);
              assertThat(message(record))
                  .isEqualTo(
                      "Job run: obligations-daily/recurring slot 2026-12-03T00:15:00Z on replica-a"
                          + " succeeded in 1250 ms");
            });
  }

  @Test
  void aFailedRunSaysWhy() {
    Execution execution = new Execution(SLOT, new TaskInstance<>("penalty-overdue", "recurring"));

    new JobRunLog("replica-b")
        .onExecutionComplete(
            ExecutionComplete.failure(
                execution, SLOT, SLOT.plusMillis(40), new IllegalStateException("no rates")));

    assertThat(message(records.get(0)))
        .isEqualTo(
            "Job run: penalty-overdue/recurring slot 2026-12-03T00:15:00Z on replica-b failed"
                + " (java.lang.IllegalStateException: no rates) in 40 ms");
  }

  /** The line as the console handler writes it: the printf format filled in. */
  private static String message(LogRecord record) {
    return ((ExtLogRecord) record).getFormattedMessage();
  }
}
