package io.carefile.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body; the only error shape this service returns. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    @Schema(description = "Stable, machine-readable problem type") URI type,
    @Schema(description = "Short summary of the problem type") String title,
    @Schema(description = "HTTP status code") int status,
    @Schema(description = "What went wrong, for a person") String detail,
    @Schema(description = "The request path") String instance,
    @Schema(description = "Quote this when contacting support (unexpected errors only)")
        String correlationId,
    @Schema(description = "Each invalid field or parameter") List<FieldError> errors,
    @Schema(
            description =
                "Validation findings, when the problem is about a return's values: each with its"
                    + " rule id, severity (ERROR or WARNING), fields and message")
        List<?> findings,
    @Schema(
            description =
                "When a step is refused in the record's current state: the states (or steps) it"
                    + " may move to from there")
        List<String> allowed) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(ProblemCode type, String detail, String instance) {
    return new Problem(
        type.uri(),
        type.title(),
        type.status(),
        detail,
        instance,
        null,
        List.of(),
        List.of(),
        List.of());
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(
        type, title, status, detail, instance, correlationId, fieldErrors, findings, allowed);
  }

  public Problem withCorrelationId(String id) {
    return new Problem(type, title, status, detail, instance, id, errors, findings, allowed);
  }

  public Problem withFindings(List<?> validationFindings) {
    return new Problem(
        type, title, status, detail, instance, correlationId, errors, validationFindings, allowed);
  }

  public Problem withAllowed(List<String> allowedNext) {
    return new Problem(
        type, title, status, detail, instance, correlationId, errors, findings, allowedNext);
  }

  @Schema(name = "FieldError", description = "One invalid field or parameter")
  public record FieldError(
      @Schema(description = "Path of the field, e.g. legalName or query.size") String field,
      @Schema(description = "What is wrong with it") String message) {}
}
