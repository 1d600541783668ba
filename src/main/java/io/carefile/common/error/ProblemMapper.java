package io.carefile.common.error;

import io.carefile.common.db.DatabaseUnavailable;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.handlers.FormBodyHandler;

/**
 * The one place where exceptions become HTTP answers. Every answer is problem+json; unexpected
 * failures are logged with a correlation id that is returned to the caller, never a stack trace.
 */
public class ProblemMapper {

  /**
   * Seconds a client is asked to wait before retrying a 503: long enough for a database failover or
   * restart, short enough that nobody gives up.
   */
  static final String RETRY_AFTER_SECONDS = "10";

  @ServerExceptionMapper
  public Response problem(ProblemException e, HttpServerRequest request) {
    return respond(
        Problem.of(e.type(), e.getMessage(), request.path())
            .withErrors(e.errors())
            .withFindings(e.findings())
            .withAllowed(e.allowed()));
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.size() == 1
            ? "1 field is invalid: " + errors.getFirst().field()
            : errors.size()
                + " fields are invalid: "
                + errors.stream().map(Problem.FieldError::field).collect(Collectors.joining(", "));
    return respond(
        Problem.of(ProblemType.INVALID_REQUEST, detail, request.path()).withErrors(errors));
  }

  /** Someone else changed the record between this request's read and its write. */
  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response stale(RuntimeException e, HttpServerRequest request) {
    return respond(
        Problem.of(
            ProblemType.STALE_VERSION,
            ProblemException.changedConcurrently().getMessage(),
            request.path()));
  }

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
    return unauthenticated(request);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
    return unauthenticated(request);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    return respond(
        Problem.of(
            ProblemType.FORBIDDEN, "Your role does not allow this operation", request.path()));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, HttpServerRequest request) {
    if (e instanceof NotFoundException && e.getCause() != null) {
      // JAX-RS answers 404 when a path or query parameter cannot be converted to its type.
      return respond(
          Problem.of(
              ProblemType.INVALID_REQUEST,
              "A path or query parameter has a value of the wrong type or format",
              request.path()));
    }
    // The framework refuses here what matched no resource method, so it has no route template.
    UnroutedRequests.mark();
    int status = e.getResponse().getStatus();
    ProblemType type = ProblemType.forStatus(status);
    if (status >= 500) {
      return unexpected(e, request);
    }
    Response.ResponseBuilder response =
        Response.fromResponse(
            respond(Problem.of(type, webDetail(status, request), request.path())));
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      response.header(HttpHeaders.ALLOW, allow);
    }
    return response.build();
  }

  /**
   * A form or multipart body the framework's reader could not parse (a multipart body that ends
   * before its closing boundary, or is no multipart at all) is the request's fault; any other I/O
   * failure is not.
   */
  @ServerExceptionMapper
  public Response unreadable(IOException e, HttpServerRequest request) {
    if (Arrays.stream(e.getStackTrace())
        .noneMatch(frame -> frame.getClassName().equals(FormBodyHandler.class.getName()))) {
      return unexpected(e, request);
    }
    return respond(
        Problem.of(
            ProblemType.MALFORMED_BODY,
            "The form body could not be read: send multipart/form-data with its boundary, each"
                + " part ending at it and the last boundary closing the body",
            request.path()));
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpServerRequest request) {
    if (DatabaseUnavailable.isCause(e)) {
      return respond(databaseUnavailable(e, request.method().name(), request.path()));
    }
    String correlationId = UUID.randomUUID().toString();
    Log.errorf(
        e,
        "Unexpected failure on %s %s [correlationId=%s]",
        request.method(),
        request.path(),
        correlationId);
    return respond(
        Problem.of(
                ProblemType.INTERNAL,
                "An unexpected error occurred. Quote the correlation id if you contact us.",
                request.path())
            .withCorrelationId(correlationId));
  }

  static Response respond(Problem problem) {
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (problem.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
      response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  /**
   * A lost database is an outage, not a fault of this request: one line without a stack trace, and
   * a 503 that asks the caller to retry.
   */
  static Problem databaseUnavailable(Throwable e, String method, String path) {
    Log.warnf("Database unavailable on %s %s: %s", method, path, DatabaseUnavailable.reason(e));
    return Problem.of(
        ProblemType.UNAVAILABLE,
        "The service cannot reach its database at the moment; nothing was changed. Try again"
            + " later.",
        path);
  }

  private static Response unauthenticated(HttpServerRequest request) {
    return Response.fromResponse(
            respond(
                Problem.of(
                    ProblemType.UNAUTHENTICATED,
                    "A valid bearer token for the Carefile API is required",
                    request.path())))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  private static String webDetail(int status, HttpServerRequest request) {
    return switch (status) {
      case 404 -> "Nothing exists at " + request.path();
      case 405 -> request.method() + " is not supported on " + request.path();
      case 406 -> "This resource cannot be represented in the requested media type";
      case 413 -> "The request body is larger than allowed";
      case 415 -> "Send this request with a supported Content-Type (application/json)";
      default -> "The request could not be processed";
    };
  }

  /**
   * The path a client recognises: "legalName" or "size", not "create.arg0.legalName". A parameter's
   * name is kept only when the parameter itself is invalid (a query parameter, a missing body); for
   * fields inside a body or bean parameter, the field path is enough.
   */
  private static String fieldPath(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    boolean parameterOnly = true;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
        case PARAMETER -> {
          names.clear();
          names.add(node.getName());
        }
        default -> {
          if (parameterOnly && !names.isEmpty()) {
            names.clear();
          }
          parameterOnly = false;
          // A node in a list or map carries its place, which belongs to the container before it:
          // findings[0].text and reasonCodes[1], not findings.text[0] and reasonCodes.<list
          // element>[1].
          String place =
              node.getIndex() != null
                  ? "[" + node.getIndex() + "]"
                  : node.getKey() != null ? "[" + node.getKey() + "]" : "";
          if (node.isInIterable() && !names.isEmpty()) {
            names.set(names.size() - 1, names.getLast() + place);
            place = "";
          }
          if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
            names.add(node.getName() + place);
          }
        }
      }
    }
    return String.join(".", names);
  }
}
