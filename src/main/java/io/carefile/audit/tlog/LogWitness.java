package io.carefile.audit.tlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A witness of the audit log, run outside Carefile ({@code bin/carefile-witness}): fetches the
 * latest checkpoint, verifies its signature with the log's key, checks with a consistency proof
 * that it extends the checkpoint this witness saw last, and only then keeps it. The kept file is
 * the memory outside the database that makes a truncated or rewritten log visible: such a log can
 * sign no checkpoint consistent with it.
 *
 * <p>Exit status: 0 consistent (or the first checkpoint kept), 1 the log is inconsistent with the
 * kept checkpoint (rolled back or forked: nothing is kept), 2 the check could not be made.
 */
public final class LogWitness {

  /** The witness's verdict. */
  public enum Verdict {
    FIRST_SEEN(0),
    CONSISTENT(0),
    INCONSISTENT(1),
    UNCHECKED(2);

    private final int exitStatus;

    Verdict(int exitStatus) {
      this.exitStatus = exitStatus;
    }

    public int exitStatus() {
      return exitStatus;
    }
  }

  /** What the witness found, in words for its operator. */
  public record Outcome(Verdict verdict, String message) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final Path state;
  private final String pinnedKey;
  private final HttpClient http;

  public LogWitness(URI base, Path state, String pinnedKey) {
    this.base = base;
    this.state = state;
    this.pinnedKey = pinnedKey;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** {@code <base-url> <state-file> [<verifier-key>]}; answers the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2 || args.length > 3) {
      err.println("usage: carefile-witness <base-url> <state-file> [<verifier-key>]");
      return Verdict.UNCHECKED.exitStatus();
    }
    Outcome outcome =
        new LogWitness(URI.create(args[0]), Path.of(args[1]), args.length == 3 ? args[2] : null)
            .witness();
    (outcome.verdict() == Verdict.INCONSISTENT || outcome.verdict() == Verdict.UNCHECKED
            ? err
            : out)
        .println(outcome.verdict() + ": " + outcome.message());
    return outcome.verdict().exitStatus();
  }

  public Outcome witness() {
    NoteKey key;
    String note;
    try {
      key =
          NoteKey.parse(
              pinnedKey != null
                  ? pinnedKey
                  : fetchJson(".well-known/carefile-log-key").path("verifierKey").asText());
      note = fetch("api/v1/public/log/checkpoint");
    } catch (IOException | IllegalArgumentException e) {
      return new Outcome(
          Verdict.UNCHECKED, "could not fetch the log's key and checkpoint: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(Verdict.UNCHECKED, "interrupted");
    }
    Checkpoint latest;
    try {
      latest = Checkpoint.parse(key.verify(note));
    } catch (NoteRejected e) {
      return new Outcome(
          Verdict.INCONSISTENT, "the published checkpoint does not verify: " + e.getMessage());
    }
    try {
      if (!Files.exists(state)) {
        keep(note);
        return new Outcome(Verdict.FIRST_SEEN, "kept the checkpoint of size " + latest.size());
      }
      Checkpoint kept;
      try {
        kept = Checkpoint.parse(key.verify(Files.readString(state, StandardCharsets.UTF_8)));
      } catch (NoteRejected e) {
        return new Outcome(
            Verdict.INCONSISTENT,
            "the kept checkpoint does not verify with the log's key (did the key change?): "
                + e.getMessage());
      }
      Outcome outcome = compare(kept, latest);
      if (outcome.verdict() == Verdict.CONSISTENT) {
        keep(note);
      }
      return outcome;
    } catch (IOException e) {
      return new Outcome(Verdict.UNCHECKED, "could not check: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(Verdict.UNCHECKED, "interrupted");
    }
  }

  private Outcome compare(Checkpoint kept, Checkpoint latest)
      throws IOException, InterruptedException {
    if (!kept.origin().equals(latest.origin())) {
      return new Outcome(
          Verdict.INCONSISTENT,
          "the log's origin changed from " + kept.origin() + " to " + latest.origin());
    }
    if (latest.size() < kept.size()) {
      return new Outcome(
          Verdict.INCONSISTENT,
          "ROLLED BACK: the log now has "
              + latest.size()
              + " events, but it signed "
              + kept.size()
              + " before; sequence "
              + (latest.size() + 1)
              + " onwards is gone");
    }
    if (latest.size() == kept.size()) {
      return MessageDigest.isEqual(latest.rootHash(), kept.rootHash())
          ? new Outcome(Verdict.CONSISTENT, "unchanged at size " + latest.size())
          : new Outcome(
              Verdict.INCONSISTENT, "FORKED: two different roots signed for size " + latest.size());
    }
    JsonNode proof =
        fetchJson(
            "api/v1/public/log/consistency?first=" + kept.size() + "&second=" + latest.size());
    List<byte[]> hashes = new ArrayList<>();
    proof.path("proof").forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asText())));
    if (!MerkleProofs.verifyConsistency(
        kept.size(), latest.size(), hashes, kept.rootHash(), latest.rootHash())) {
      return new Outcome(
          Verdict.INCONSISTENT,
          "REWRITTEN: the tree of size "
              + latest.size()
              + " does not extend the kept tree of size "
              + kept.size());
    }
    return new Outcome(
        Verdict.CONSISTENT, "size " + kept.size() + " extends consistently to " + latest.size());
  }

  private void keep(String note) throws IOException {
    Path parent = state.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path written = Files.createTempFile(parent, ".checkpoint", ".tmp");
    Files.writeString(written, note, StandardCharsets.UTF_8);
    Files.move(written, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private JsonNode fetchJson(String path) throws IOException, InterruptedException {
    return JSON.readTree(fetch(path));
  }

  private String fetch(String path) throws IOException, InterruptedException {
    URI uri = base.resolve(base.getPath().endsWith("/") ? path : base.getPath() + "/" + path);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered " + response.statusCode());
    }
    return response.body();
  }
}
