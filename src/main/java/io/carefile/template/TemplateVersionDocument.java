package io.carefile.template;

import io.carefile.template.definition.TemplateDefinition;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "TemplateVersionDocument",
    description = "A published return template version with its full definition")
public record TemplateVersionDocument(
    @Schema(description = "Template code", example = "CSAM-Q") String code,
    @Schema(description = "Version number", example = "1") int version,
    @Schema(description = "When it was published") Instant publishedAt,
    @Schema(description = "file (loaded at start) or api (uploaded)") TemplateSource source,
    @Schema(description = "SHA-256 of the definition's canonical JSON (RFC 8785)")
        String definitionSha256,
    @Schema(description = "The definition: sections and fields, rules, indicators")
        TemplateDefinition definition) {

  static TemplateVersionDocument of(ReturnTemplateVersion stored, TemplateDefinition definition) {
    return new TemplateVersionDocument(
        stored.code,
        stored.version,
        stored.publishedAt,
        stored.source,
        stored.definitionSha256,
        definition);
  }
}
