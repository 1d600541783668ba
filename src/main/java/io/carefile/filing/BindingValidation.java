package io.carefile.filing;

import io.carefile.common.error.ProblemException;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What validation means at submission, when it binds: any ERROR refuses the return, and every
 * WARNING needs a written explanation. Explanations of findings that did not occur are not kept.
 *
 * <p>Plain Java on purpose: tested with a table.
 */
public final class BindingValidation {

  private BindingValidation() {}

  /**
   * The explanations to store with the submission, one per warning, or a refusal listing the
   * findings to act on.
   */
  public static Map<String, String> explanationsToFile(
      List<Finding> findings, Map<String, String> explanations) {
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      throw new ProblemException(
          FilingProblems.VALIDATION_FAILED,
          errors.size() == 1
              ? "1 error blocks submission: " + errors.getFirst().message()
              : errors.size() + " errors block submission; fix each and submit again",
          findings);
    }
    List<Finding> unexplained = ReturnValidator.unexplainedWarnings(findings, explanations);
    if (!unexplained.isEmpty()) {
      throw new ProblemException(
          FilingProblems.EXPLANATION_REQUIRED,
          unexplained.size()
              + (unexplained.size() == 1 ? " warning needs" : " warnings need")
              + " a written explanation, keyed by the finding's key, before the return can be"
              + " submitted",
          unexplained);
    }
    Map<String, String> filed = new LinkedHashMap<>();
    findings.stream()
        .filter(Finding::isWarning)
        .forEach(warning -> filed.put(warning.key(), explanations.get(warning.key()).strip()));
    return filed;
  }
}
