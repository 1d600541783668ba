package io.carefile.enforcement;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementPublication", description = "A decision published on the register")
public record PublicationView(
    @Schema(description = "Publication id") UUID id,
    @Schema(description = "The case published") UUID caseId,
    @Schema(description = "The case's reference, as the register shows it") String caseReference,
    @Schema(description = "The summary the public reads") String summary,
    @Schema(description = "The platform's name as published: its trading name, else its legal name")
        String platformName,
    @Schema(description = "Who published it") String publishedBy,
    @Schema(description = "When") Instant publishedAt) {

  static PublicationView of(CasePublication publication, String caseReference) {
    return new PublicationView(
        publication.id,
        publication.caseId,
        caseReference,
        publication.summary,
        publication.platformName,
        publication.publishedBy,
        publication.publishedAt);
  }
}
