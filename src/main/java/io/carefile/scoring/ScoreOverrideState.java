package io.carefile.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an override of one version's band stands ({@link ScoreOverridePolicy} moves it). ACTIVE and
 * AWAITING_RECONFIRMATION are current: they apply to the return's latest version now. The others
 * are final; of them only CARRIED_FORWARD still counted for its own version.
 */
@Schema(
    name = "ScoreOverrideState",
    description =
        "ACTIVE: an analyst's override, in force. AWAITING_RECONFIRMATION: carried onto an"
            + " amendment's new version; in force until an analyst re-confirms it (ACTIVE) or lets"
            + " it lapse. CARRIED_FORWARD: it applied to this version until an amendment carried it"
            + " onto the next. SUPERSEDED: replaced by a later override of the same version."
            + " LAPSED: let lapse after an amendment; the computed band counts. WITHDRAWN:"
            + " withdrawn by an analyst; the computed band counts.")
public enum ScoreOverrideState {
  ACTIVE,
  AWAITING_RECONFIRMATION,
  CARRIED_FORWARD,
  SUPERSEDED,
  LAPSED,
  WITHDRAWN
}
