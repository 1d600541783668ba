package io.carefile.enforcement;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Enforcement cases: which events open them, and what representations may carry. */
@ConfigMapping(prefix = "carefile.enforcement")
public interface EnforcementConfig {

  Triggers triggers();

  Representations representations();

  /**
   * Each trigger opens a case on its event, in the event's transaction, while it is enabled; the
   * daily sweep opens the cases of enabled triggers that the events did not.
   */
  interface Triggers {

    /** A submission or an override makes a return's band that counts RED. */
    Trigger redScore();

    /** The regulator's review rejects a return. */
    Trigger rejectedReturn();

    /** A submitted return shows a breach rule of its template version. */
    Trigger breachRule();

    /** An obligation stays unfiled more than {@code days} after its due date. */
    OverdueObligation overdueObligation();

    /**
     * When the daily sweep re-evaluates every trigger over the data as it is, as a Quartz cron
     * expression in the regulator's time zone: after the obligation job has marked overdue ones.
     */
    @WithDefault("0 45 0 * * ?")
    String sweepCron();
  }

  interface OverdueObligation extends Trigger {

    /**
     * Days past the due date (Europe/London) an obligation may stay unfiled before a case opens:
     * with 14, one due on 1 May opens a case on 16 May.
     */
    @WithDefault("14")
    int days();
  }

  interface Trigger {

    @WithDefault("true")
    boolean enabled();
  }

  /**
   * The documents one representation may attach. Together they must fit in {@code
   * carefile.http.max-multipart-body-size}, which a request is refused beyond.
   */
  interface Representations {

    @WithDefault("5")
    int maxDocuments();

    @WithDefault("5M")
    MemorySize maxDocumentSize();
  }
}
