package io.carefile.filing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How returns are filed: the attestation wording and the accession numbers. */
@ConfigMapping(prefix = "carefile.filing")
public interface FilingConfig {

  /**
   * What an attestor agrees to when submitting. Stored with every submission, so a change applies
   * to later submissions only.
   */
  @WithDefault(
      "I confirm that, to the best of my knowledge and belief, the information in this return is"
          + " true, accurate and complete, and that I am authorised to submit it on behalf of the"
          + " service provider.")
  String attestationStatement();

  /** First part of every accession number: {@code DCR-2026-000123-01}. */
  @WithDefault("DCR")
  String accessionPrefix();

  /**
   * Days after the due date on which a first submission still counts as on time (0: only on or
   * before the due date).
   */
  @WithDefault("0")
  int lateAfterGraceDays();

  /** How long an API client's named attestor, once checked in Keycloak, is trusted. */
  @WithDefault("30s")
  Duration attestorCheckTtl();
}
