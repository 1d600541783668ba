package io.carefile.scoring;

import io.carefile.common.text.TextRules;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reason codes an override may give, with their labels, as configured ({@link
 * ScoreOverrideConfig}). A code is 1 to 64 capital letters, digits and underscores, starting with a
 * letter; a label is 1 to 200 characters of readable text. A configuration that breaks either is
 * refused at the first use, naming the culprit.
 */
public final class OverrideReasons {

  /** The longest code; requests are bounded by it too. */
  public static final int MAX_CODE_LENGTH = 64;

  static final int MAX_LABEL_LENGTH = 200;

  private static final Pattern CODE =
      Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_CODE_LENGTH - 1) + "}");

  private final List<OverrideReason> reasons;

  public OverrideReasons(Map<String, String> configured) {
    if (configured.isEmpty()) {
      throw new IllegalArgumentException("carefile.scoring.override-reasons lists no reason");
    }
    configured.forEach(
        (code, label) -> {
          if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                "carefile.scoring.override-reasons: the code '"
                    + code
                    + "' is not 1 to 64 capital letters, digits and underscores starting with a"
                    + " letter");
          }
          if (label == null
              || label.isBlank()
              || label.length() > MAX_LABEL_LENGTH
              || TextRules.firstUnreadable(label) >= 0) {
            throw new IllegalArgumentException(
                "carefile.scoring.override-reasons."
                    + code
                    + ": the label must be 1 to 200 characters of readable text");
          }
        });
    this.reasons =
        configured.entrySet().stream()
            .map(entry -> new OverrideReason(entry.getKey(), TextRules.readable(entry.getValue())))
            .sorted(Comparator.comparing(OverrideReason::code))
            .toList();
  }

  /** Every reason, by code. */
  public List<OverrideReason> all() {
    return reasons;
  }

  /** The reason with this code, if it is configured. */
  public Optional<OverrideReason> find(String code) {
    return reasons.stream().filter(reason -> reason.code().equals(code)).findFirst();
  }
}
