package io.carefile.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The reasons a return may be rejected for: {@code carefile.review.rejection-reasons}, or the
 * defaults when none are configured. Checked as the service starts: a code that is not 1 to 64
 * capital letters, digits and underscores, or a blank or over-long label, stops it.
 */
@ApplicationScoped
public class RejectionReasons {

  /** The reasons when none are configured, in the order they are listed. */
  public static final Map<String, String> DEFAULTS = defaults();

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final int LONGEST_LABEL = 200;

  private final Map<String, RejectionReason> byCode = new LinkedHashMap<>();

  @Inject
  RejectionReasons(ReviewConfig config) {
    this(config.rejectionReasons());
  }

  RejectionReasons(Map<String, String> configured) {
    Map<String, String> chosen = configured.isEmpty() ? DEFAULTS : new TreeMap<>(configured);
    chosen.forEach(
        (code, label) -> {
          if (!CODE.matcher(code).matches()) {
            throw new IllegalStateException(
                "carefile.review.rejection-reasons: '"
                    + code
                    + "' is not a code (1 to 64 capital letters, digits and underscores, starting"
                    + " with a letter)");
          }
          if (label == null || label.isBlank() || label.strip().length() > LONGEST_LABEL) {
            throw new IllegalStateException(
                "carefile.review.rejection-reasons."
                    + code
                    + ": the label must be 1 to "
                    + LONGEST_LABEL
                    + " characters");
          }
          byCode.put(code, new RejectionReason(code, label.strip()));
        });
  }

  /** Every reason: the defaults in their own order, configured ones by code. */
  public List<RejectionReason> all() {
    return List.copyOf(byCode.values());
  }

  /** The reason with this code, if there is one. */
  public Optional<RejectionReason> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put(
        "INCOMPLETE", "The return is incomplete: figures the template asks for are missing");
    defaults.put(
        "INCONSISTENT_FIGURES", "Figures in the return contradict one another or earlier returns");
    defaults.put("IMPLAUSIBLE_FIGURES", "Figures in the return are not plausible for the service");
    defaults.put(
        "MISSING_EXPLANATION",
        "An explanation of a warning is missing, or does not explain the figure");
    defaults.put(
        "ATTESTATION_DEFECT",
        "The attestation is defective: the attestor could not attest the return");
    return Collections.unmodifiableMap(defaults);
  }
}
