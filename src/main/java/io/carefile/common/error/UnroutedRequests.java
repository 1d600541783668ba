package io.carefile.common.error;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;

/**
 * Requests refused before any route took them (an unknown path, an oversized body, a method or
 * media type no resource method accepts) have no route template, so the HTTP metrics would label
 * them with their raw path: one series per path a client or scanner invents, ids included. They are
 * counted as one series, {@code uri="UNROUTED"}, instead.
 */
@Singleton
public class UnroutedRequests implements HttpServerMetricsTagsContributor {

  static final String UNROUTED = "UNROUTED";

  /** Kept in the request's own Vert.x context, which the metrics read when the response ends. */
  private static final String MARK = UnroutedRequests.class.getName();

  private static final Tags UNROUTED_URI = Tags.of("uri", UNROUTED);

  /** Marks the current request as refused before routing. */
  static void mark() {
    io.vertx.core.Context context = Vertx.currentContext();
    if (context != null) {
      context.putLocal(MARK, Boolean.TRUE);
    }
  }

  @Override
  public Tags contribute(Context response) {
    return response.requestContextLocalData(MARK) != null ? UNROUTED_URI : Tags.empty();
  }
}
