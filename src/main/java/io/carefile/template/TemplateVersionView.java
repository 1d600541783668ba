package io.carefile.template;

import io.carefile.platform.PlatformCategory;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TemplateVersion", description = "A published return template version")
public record TemplateVersionView(
    @Schema(description = "Template code", example = "CSAM-Q") String code,
    @Schema(description = "Version number", example = "1") int version,
    @Schema(description = "Title shown to filers") String title,
    @Schema(description = "MONTHLY, QUARTERLY or ANNUAL") PeriodType periodType,
    @Schema(description = "Days after the period's end by which the return is due")
        int dueOffsetDays,
    @Schema(description = "Categories of platform that must file it")
        List<PlatformCategory> categories,
    @Schema(description = "When it was published") Instant publishedAt,
    @Schema(description = "file (loaded at start) or api (uploaded)") TemplateSource source,
    @Schema(description = "SHA-256 of the definition's canonical JSON (RFC 8785)")
        String definitionSha256) {

  static TemplateVersionView of(ReturnTemplateVersion stored) {
    return new TemplateVersionView(
        stored.code,
        stored.version,
        stored.title,
        stored.periodType,
        stored.dueOffsetDays,
        stored.summary().categories().stream().sorted().toList(),
        stored.publishedAt,
        stored.source,
        stored.definitionSha256);
  }
}
