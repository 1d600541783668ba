package io.carefile.enforcement;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Enforcement cases: which events open them, and what representations may carry. */
@ConfigMapping(prefix = "carefile.enforcement")
public interface EnforcementConfig {

  Triggers triggers();

  Representations representations();

  /** Each trigger opens a case on its event, in the event's transaction, while it is enabled. */
  interface Triggers {

    /** A submission or an override makes a return's band that counts RED. */
    Trigger redScore();

    /** The regulator's review rejects a return. */
    Trigger rejectedReturn();
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
