package io.carefile.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application's threads spend their CPU during a run, from a Java Flight Recorder
 * recording of it ({@code profile} settings): each execution sample of an application thread goes
 * to the library of its innermost frame outside the JDK (JDK cryptography counts as its own), and
 * Carefile's methods are counted wherever they are on the stack. The recording is kept for {@code
 * jfr view} or a flame graph.
 */
final class ApplicationProfile {

  /** Package prefixes to what they are, most specific first. */
  private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

  static {
    LIBRARIES.put("sun.security.", "JDK cryptography");
    LIBRARIES.put("org.bouncycastle.", "BouncyCastle (Ed25519)");
    LIBRARIES.put("io.carefile.", "Carefile");
    LIBRARIES.put("org.hibernate.validator.", "Bean Validation");
    LIBRARIES.put("org.hibernate.", "Hibernate ORM");
    LIBRARIES.put("org.postgresql.", "PostgreSQL driver");
    LIBRARIES.put("io.agroal.", "Agroal pool");
    LIBRARIES.put("com.arjuna.", "Narayana transactions");
    LIBRARIES.put("io.quarkus.narayana.", "Narayana transactions");
    LIBRARIES.put("org.jose4j.", "token verification");
    LIBRARIES.put("io.quarkus.oidc.", "token verification");
    LIBRARIES.put("io.smallrye.jwt.", "token verification");
    LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
    LIBRARIES.put("dev.cel.", "CEL");
    LIBRARIES.put("com.google.", "CEL");
    LIBRARIES.put("org.jboss.resteasy.", "Quarkus REST");
    LIBRARIES.put("io.quarkus.resteasy.", "Quarkus REST");
    LIBRARIES.put("io.vertx.", "Vert.x, Netty");
    LIBRARIES.put("io.netty.", "Vert.x, Netty");
    LIBRARIES.put("io.quarkus.vertx.", "Vert.x, Netty");
    LIBRARIES.put("io.quarkus.arc.", "ArC (CDI)");
    LIBRARIES.put("io.quarkus.security.", "Quarkus security");
    LIBRARIES.put("io.smallrye.context.", "context propagation");
    LIBRARIES.put("io.micrometer.", "Micrometer");
    LIBRARIES.put("io.quarkus.micrometer.", "Micrometer");
  }

  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "jakarta.");

  /** The samples of a run by library, and Carefile's busiest methods, by share of samples. */
  record Breakdown(
      Path recording, int samples, Map<String, Integer> libraries, Map<String, Integer> methods) {}

  /** What a run returned, and its profile. */
  record Profiled<T>(T result, Breakdown profile) {}

  private ApplicationProfile() {}

  static <T> Profiled<T> record(Path recording, Supplier<T> run) {
    T result;
    try (Recording jfr = new Recording(Configuration.getConfiguration("profile"))) {
      jfr.start();
      result = run.get();
      jfr.stop();
      Files.createDirectories(recording.getParent());
      jfr.dump(recording);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not record the run", e);
    } catch (ParseException e) {
      throw new IllegalStateException("The JDK's profile settings do not parse", e);
    }
    return new Profiled<>(result, breakdown(recording));
  }

  static Breakdown breakdown(Path recording) {
    Map<String, Integer> libraries = new LinkedHashMap<>();
    Map<String, Integer> methods = new LinkedHashMap<>();
    int samples = 0;
    try {
      for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStackTrace() == null
            || !CpuMeter.isApplication(event.getThread("sampledThread").getJavaName())) {
          continue;
        }
        samples++;
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        libraries.merge(library(frames), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String type = frame.getMethod().getType().getName();
          if (type.startsWith("io.carefile.") && !type.contains("_")) {
            String method =
                type.substring("io.carefile.".length()) + "." + frame.getMethod().getName();
            if (seen.add(method)) {
              methods.merge(method, 1, Integer::sum);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + recording, e);
    }
    return new Breakdown(recording, samples, sortedByCount(libraries), sortedByCount(methods));
  }

  private static String library(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
        if (type.startsWith(library.getKey())) {
          return library.getValue();
        }
      }
      if (JDK.stream().noneMatch(type::startsWith)) {
        String[] parts = type.split("\\.");
        return parts.length > 2 ? "other (" + parts[0] + "." + parts[1] + ")" : "other";
      }
    }
    return "the JDK alone";
  }

  private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    return sorted;
  }
}
