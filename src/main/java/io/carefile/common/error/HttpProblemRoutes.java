package io.carefile.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.common.db.DatabaseUnavailable;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Problem+json for what never reaches a REST resource: unknown routes, requests refused by the HTTP
 * permission policy, oversized bodies, and failures below JAX-RS.
 */
@ApplicationScoped
public class HttpProblemRoutes {

  /**
   * Everything this service serves on its main port lives under these paths (health and metrics are
   * on the management port); the HTTP permission policy in application.properties denies the rest,
   * and this answers it with a 404 before it gets there.
   */
  private static final List<String> SERVED_PREFIXES =
      List.of(
          "/api/",
          "/portal",
          "/register",
          "/q/openapi",
          "/q/swagger-ui",
          "/assets/",
          "/webjars/",
          "/static/",
          "/favicon.ico",
          "/.well-known/carefile-log-key");

  private final ObjectMapper json;
  private final long maxBodyBytes;
  private final long maxMultipartBodyBytes;
  private final int maxUriLength;
  private final long maxHeaderBytes;

  HttpProblemRoutes(ObjectMapper json, RequestLimits limits) {
    this.json = json;
    this.maxBodyBytes = limits.maxBodySize().asLongValue();
    this.maxMultipartBodyBytes = limits.maxMultipartBodySize().asLongValue();
    this.maxUriLength = limits.maxUriLength();
    this.maxHeaderBytes = limits.maxHeaderSize().asLongValue();
  }

  void register(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::screen);
    router.route().order(Integer.MAX_VALUE).handler(this::notFound);
    router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
  }

  /** Refuses, as problems, what would otherwise be refused with an empty body further in. */
  private void screen(RoutingContext context) {
    String path = context.request().path();
    if (!"/".equals(path) && SERVED_PREFIXES.stream().noneMatch(path::startsWith)) {
      notFound(context);
      return;
    }
    if (context.request().uri().length() > maxUriLength) {
      write(
          context,
          Problem.of(
              ProblemType.URI_TOO_LONG,
              "The request's URI is longer than the " + maxUriLength + " characters allowed",
              path.substring(0, Math.min(path.length(), 200))));
      return;
    }
    if (headerSize(context.request()) > maxHeaderBytes) {
      write(
          context,
          Problem.of(
              ProblemType.HEADERS_TOO_LARGE,
              "The request's header fields are larger than the "
                  + maxHeaderBytes
                  + " bytes allowed",
              path));
      return;
    }
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    long maxBytes = isMultipart(context.request()) ? maxMultipartBodyBytes : maxBodyBytes;
    if (length != null
        && length.chars().allMatch(Character::isDigit)
        && length.length() < 19
        && Long.parseLong(length) > maxBytes) {
      // The rest of the body is not read: HTTP/1.1 must then close the connection (HTTP/2 forbids
      // the header and resets the stream by itself).
      if (context.request().version() != HttpVersion.HTTP_2) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
      }
      write(
          context,
          Problem.of(
              ProblemType.PAYLOAD_TOO_LARGE,
              "The request body is larger than the " + maxBytes + " bytes allowed",
              path));
      return;
    }
    if (hasBody(context.request())
        && context.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
      write(
          context,
          Problem.of(
              ProblemType.UNSUPPORTED_MEDIA_TYPE,
              "The request has a body but no Content-Type; send it as application/json",
              path));
      return;
    }
    context.next();
  }

  /** A body of uploaded files, read by the form parser, never by the JSON reader. */
  private static boolean isMultipart(HttpServerRequest request) {
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  private static long headerSize(HttpServerRequest request) {
    long size = 0;
    for (var header : request.headers()) {
      size += header.getKey().length() + header.getValue().length() + 4;
    }
    return size;
  }

  /** A body is announced by a non-zero length or by chunked transfer. */
  private static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    return length != null && !length.isBlank() && !"0".equals(length.strip())
        || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
  }

  private void notFound(RoutingContext context) {
    write(
        context,
        Problem.of(
            ProblemType.NOT_FOUND,
            "Nothing exists at " + context.request().path(),
            context.request().path()));
  }

  private void failure(RoutingContext context) {
    if (context.response().headWritten() || isPortalChallenge(context)) {
      context.next();
      return;
    }
    Throwable failure = context.failure();
    String path = context.request().path();
    if (failure instanceof ForbiddenException) {
      write(context, Problem.of(ProblemType.FORBIDDEN, "You are not allowed to do this", path));
    } else if (failure instanceof UnauthorizedException
        || failure instanceof AuthenticationFailedException) {
      context.response().putHeader("WWW-Authenticate", "Bearer");
      write(context, Problem.of(ProblemType.UNAUTHENTICATED, "Authentication is required", path));
    } else if (failure == null && context.statusCode() >= 400 && context.statusCode() < 500) {
      ProblemType type = ProblemType.forStatus(context.statusCode());
      write(context, Problem.of(type, type.title(), path));
    } else if (DatabaseUnavailable.isCause(failure)) {
      write(
          context,
          ProblemMapper.databaseUnavailable(failure, context.request().method().name(), path));
    } else {
      String correlationId = UUID.randomUUID().toString();
      Log.errorf(
          failure,
          "Unexpected HTTP failure on %s %s [correlationId=%s]",
          context.request().method(),
          path,
          correlationId);
      write(
          context,
          Problem.of(
                  ProblemType.INTERNAL,
                  "An unexpected error occurred. Quote the correlation id if you contact us.",
                  path)
              .withCorrelationId(correlationId));
    }
  }

  /** The portal's code flow answers with redirects to and from Keycloak, not with problems. */
  private static boolean isPortalChallenge(RoutingContext context) {
    return context.request().path().startsWith("/portal")
        && (context.failure() instanceof AuthenticationFailedException
            || context.failure() instanceof UnauthorizedException
            || context.failure() instanceof AuthenticationRedirectException);
  }

  private void write(RoutingContext context, Problem problem) {
    UnroutedRequests.mark();
    if (problem.status() == HttpResponseStatus.SERVICE_UNAVAILABLE.code()) {
      context.response().putHeader(HttpHeaderNames.RETRY_AFTER, ProblemMapper.RETRY_AFTER_SECONDS);
    }
    try {
      context
          .response()
          .setStatusCode(problem.status())
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .end(json.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      context.response().setStatusCode(problem.status()).end();
    }
  }
}
