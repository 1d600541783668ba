package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What callers send to file a return. */
public final class FilingRequests {

  private FilingRequests() {}

  /** What to filter a list of filings by; every filter is optional. */
  public record Filter(UUID obligationId, UUID platformId, FilingStatus status) {}

  @Schema(name = "FilingStart", description = "Start the return for an obligation")
  public record Start(
      @NotNull @Schema(description = "The obligation the return is for") UUID obligationId,
      @Schema(description = "First values of the draft, by field code (may be partial)")
          Map<String, JsonNode> values) {}

  @Schema(
      name = "DraftUpdate",
      description = "Values to change in the draft; a null value clears its field")
  public record DraftUpdate(
      @NotNull @Schema(description = "Values by field code (only those that change)")
          Map<String, JsonNode> values,
      @NotNull
          @PositiveOrZero
          @Schema(description = "The filing's version you read, for optimistic locking")
          Long expectedVersion) {}

  @Schema(name = "Submission", description = "Submit the draft as the next version of the return")
  public record Submission(
      @Schema(
              description =
                  "A complete set of values to submit, replacing the draft's; omit to submit the"
                      + " draft as saved")
          Map<String, JsonNode> values,
      @PositiveOrZero
          @Schema(description = "The filing's version you read; a later change is refused")
          Long expectedVersion,
      @Schema(
              description =
                  "A written explanation for each warning, keyed by the finding's key (for"
                      + " example CSAMQ-W001 or CSAMQ-P001/items_detected_total)")
          Map<@NotNull @Size(min = 1, max = 200) String, @NotNull @Size(max = 5000) String>
              explanations,
      @NotNull @Valid @Schema(description = "The attestation") Attestation attestation) {

    public Map<String, String> explanationsOrEmpty() {
      return explanations == null ? Map.of() : explanations;
    }
  }

  @Schema(name = "Attestation", description = "An attestor's agreement to the statement")
  public record Attestation(
      @AssertTrue(message = "must be true: the attestor must agree to the attestation statement")
          @Schema(description = "The attestor agrees to the attestation statement")
          boolean statementAccepted,
      @Size(min = 1, max = 320)
          @Schema(
              description =
                  "Username of the attestor. Required when a platform's API client submits (the"
                      + " person must be an attestor of the platform); a person submitting"
                      + " attests as themselves")
          String attestor) {}
}
