package io.carefile.enforcement;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Enforcement cases: what representations may carry. */
@ConfigMapping(prefix = "carefile.enforcement")
public interface EnforcementConfig {

  Representations representations();

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
