package io.carefile.common.error;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The service's own limits on a request, each refused as a problem ({@link HttpProblemRoutes}, the
 * JSON reader). They sit below the HTTP server's ({@code quarkus.http.limits.*}, set higher in
 * application.properties), which refuses what exceeds its own with a bare status before any route
 * runs and so before any problem can be written.
 */
@ConfigMapping(prefix = "carefile.http")
public interface RequestLimits {

  /** The largest request body; a chunked body is counted as it is read. */
  @WithDefault("2M")
  MemorySize maxBodySize();

  /**
   * The largest {@code multipart/form-data} body, which carries uploaded documents (an enforcement
   * case's representations); the documents' own limits are their feature's.
   */
  @WithDefault("27M")
  MemorySize maxMultipartBodySize();

  @WithDefault("8192")
  int maxUriLength();

  /** The header fields together, names and values. */
  @WithDefault("16K")
  MemorySize maxHeaderSize();
}
