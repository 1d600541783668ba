package io.carefile.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reasons an analyst may give for overriding a return's band: {@code
 * carefile.scoring.override-reasons.<CODE>=<label>}. Configuring any replaces the whole list; none
 * configured, the defaults below apply. A reason's label is stored with each override made with it,
 * so a later change of wording leaves the history as it was shown.
 */
@ConfigMapping(prefix = "carefile.scoring")
public interface ScoreOverrideConfig {

  /** The reasons offered when none are configured. */
  Map<String, String> DEFAULT_OVERRIDE_REASONS = defaults();

  /** The configured reasons, code to label; empty when none are configured. */
  @WithName("override-reasons")
  Map<String, String> configuredOverrideReasons();

  /** The reasons in force: the configured ones, or the defaults. */
  default Map<String, String> overrideReasons() {
    return configuredOverrideReasons().isEmpty()
        ? DEFAULT_OVERRIDE_REASONS
        : configuredOverrideReasons();
  }

  private static Map<String, String> defaults() {
    Map<String, String> reasons = new LinkedHashMap<>();
    reasons.put("CONTEXT_NOT_IN_FIGURES", "Context the figures do not show");
    reasons.put("DATA_QUALITY_CONCERN", "Concern about the quality of the data filed");
    reasons.put("KNOWN_INCIDENT", "A known incident in the period");
    reasons.put("REGULATOR_INTELLIGENCE", "Intelligence held by the regulator");
    return java.util.Collections.unmodifiableMap(reasons);
  }
}
