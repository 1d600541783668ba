package io.carefile.platform;

import io.carefile.common.tenancy.Conditions;
import io.carefile.common.text.StorableText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Filters of the platform list: {@code ?status=ACTIVE&category=CATEGORY_1&q=north}. Status and
 * category arrive as text and are checked here, so that a wrong value is a 400 naming the parameter
 * (a failed enum conversion of a query parameter would be a bare 404).
 */
public class PlatformFilter {

  @QueryParam("status")
  @Pattern(
      regexp = "|ACTIVE|SUSPENDED|EXITED",
      message = "must be one of ACTIVE, SUSPENDED, EXITED")
  @Parameter(
      description = "Only platforms with this status",
      schema = @Schema(implementation = PlatformStatus.class))
  public String status;

  @QueryParam("category")
  @Pattern(
      regexp = "|CATEGORY_1|CATEGORY_2A|CATEGORY_2B|CORE",
      message = "must be one of CATEGORY_1, CATEGORY_2A, CATEGORY_2B, CORE")
  @Parameter(
      description = "Only platforms in this category",
      schema = @Schema(implementation = PlatformCategory.class))
  public String category;

  @QueryParam("q")
  @Size(max = 100)
  @StorableText
  @Parameter(description = "Text in the legal name, trading name or slug, in any case")
  public String q;

  public static PlatformFilter of(PlatformStatus status, PlatformCategory category, String q) {
    PlatformFilter filter = new PlatformFilter();
    filter.status = status == null ? null : status.name();
    filter.category = category == null ? null : category.name();
    filter.q = q;
    return filter;
  }

  Optional<PlatformStatus> wantedStatus() {
    return Conditions.given(status).map(PlatformStatus::valueOf);
  }

  Optional<PlatformCategory> wantedCategory() {
    return Conditions.given(category).map(PlatformCategory::valueOf);
  }

  Optional<String> wantedText() {
    return Conditions.given(q);
  }
}
