package io.carefile.enforcement;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnforcementDocument", description = "A document attached to representations")
public record DocumentView(
    @Schema(description = "Document id") UUID id,
    @Schema(description = "The file's name as uploaded") String fileName,
    @Schema(description = "Its type, as its bytes were recognised") String contentType,
    @Schema(description = "Its size in bytes") long sizeBytes,
    @Schema(description = "SHA-256 of its bytes, hex") String sha256) {

  static DocumentView of(RepresentationDocument document) {
    return new DocumentView(
        document.id, document.fileName, document.contentType, document.sizeBytes, document.sha256);
  }
}
