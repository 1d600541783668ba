package io.carefile.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time spent during a run, to say where a submission's time goes: in this JVM, the
 * application's threads (HTTP event loops and workers, the audit sequencer), the client threads and
 * the rest (JIT compilers, garbage collector); outside it, the embedded PostgreSQL (its postmaster
 * and every backend) and Keycloak. Other processes on the machine are left out.
 */
final class CpuMeter {

  /** CPU time in nanoseconds, by where it was spent. */
  record Usage(long application, long client, long jvmOther, long postgres, long keycloak) {}

  /** A point to measure from. */
  final class Start {

    private final long jvm = cpu(ProcessHandle.current());
    private final long postgres = tree(postgresCommand);
    private final long keycloak = tree(keycloakCommand);
    private final Map<Long, Long> threads = threadTimes();

    /** What was spent since this start. */
    Usage usage() {
      long application = 0;
      long client = 0;
      for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
        long now = thread == null ? -1 : THREADS.getThreadCpuTime(thread.getThreadId());
        if (now < 0) {
          // The thread ended meanwhile; its time is in the process total.
          continue;
        }
        long spent = now - threads.getOrDefault(thread.getThreadId(), 0L);
        if (isApplication(thread.getThreadName())) {
          application += spent;
        } else if (isClient(thread.getThreadName())) {
          client += spent;
        }
      }
      long jvmSpent = cpu(ProcessHandle.current()) - jvm;
      return new Usage(
          application,
          client,
          Math.max(0, jvmSpent - application - client),
          tree(postgresCommand) - postgres,
          tree(keycloakCommand) - keycloak);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Predicate<String> postgresCommand;
  private final Predicate<String> keycloakCommand;

  CpuMeter(Path postgresData, Path keycloakHome) {
    String data = "-D " + postgresData.toAbsolutePath().normalize();
    String home = keycloakHome.toAbsolutePath().normalize().toString();
    this.postgresCommand = command -> command.contains(data);
    this.keycloakCommand = command -> command.contains(home);
  }

  Start start() {
    return new Start();
  }

  /** Quarkus names its HTTP, worker and scheduler threads so. */
  static boolean isApplication(String thread) {
    return thread.startsWith("vert.x-")
        || thread.startsWith("executor-thread")
        || thread.startsWith("quarkus-")
        || thread.startsWith("agroal-");
  }

  /**
   * The benchmark's HTTP clients and JDBC threads, the JDK HTTP client's own threads, and the
   * carriers of the paced run's virtual threads.
   */
  private static boolean isClient(String thread) {
    return thread.startsWith(SubmissionLoad.CLIENT_THREADS)
        || thread.startsWith(JdbcSubmissionBaseline.JDBC_THREADS)
        || thread.startsWith("HttpClient-")
        || thread.startsWith("ForkJoinPool-");
  }

  private static Map<Long, Long> threadTimes() {
    Map<Long, Long> times = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      times.put(id, THREADS.getThreadCpuTime(id));
    }
    return times;
  }

  /** CPU of the processes whose command line matches, and of all their descendants. */
  private static long tree(Predicate<String> command) {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().filter(command).isPresent())
        .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
        .distinct()
        .mapToLong(CpuMeter::cpu)
        .sum();
  }

  private static long cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}
