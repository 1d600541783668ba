package io.carefile.obligation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What clients send to the obligation endpoints. */
public final class ObligationRequests {

  private ObligationRequests() {}

  @Schema(name = "ObligationGeneration", description = "Generate obligations for one period")
  public record Generation(
      @NotBlank @Schema(description = "Template code", example = "CSAM-Q", required = true)
          String templateCode,
      @NotNull
          @Schema(
              description = "First day of the period (a month, quarter or year start)",
              example = "2026-07-01",
              required = true)
          LocalDate periodStart) {}

  @Schema(name = "ObligationGenerationResult")
  public record GenerationResult(
      @Schema(description = "Template code") String templateCode,
      @Schema(description = "Template version the new obligations name") int templateVersion,
      @Schema(description = "First day of the period") LocalDate periodStart,
      @Schema(description = "Last day of the period") LocalDate periodEnd,
      @Schema(description = "Due date of the period's obligations") LocalDate dueDate,
      @Schema(description = "Obligations created by this run") int created,
      @Schema(description = "Obligations that already existed") int alreadyExisting) {}

  @Schema(name = "ObligationWaiver", description = "Exempt a platform from one obligation")
  public record Waiver(
      @NotBlank @Size(max = 1000) @Schema(description = "Why, for the record", required = true)
          String reason,
      @NotNull
          @PositiveOrZero
          @Schema(description = "The version you read; a stale one is refused", required = true)
          Long expectedVersion) {}

  /** The obligations calendar's filters, as HMRC's VAT obligations API has them. */
  public static class Filter {

    @QueryParam("from")
    @Parameter(description = "Periods ending on or after this date")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Periods starting on or before this date")
    public LocalDate to;

    @QueryParam("status")
    @Parameter(description = "Only obligations with this status")
    public ObligationStatus status;

    @QueryParam("templateCode")
    @Parameter(description = "Only obligations for this template")
    public String templateCode;

    @QueryParam("platformId")
    @Parameter(description = "Only this platform's obligations (regulators)")
    public UUID platformId;
  }
}
