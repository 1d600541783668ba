package io.carefile.enforcement;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One document part of a representations form, as the API document describes it. */
@Schema(
    name = "EnforcementDocumentPart",
    description =
        "A document's bytes, at most 5 MiB by default"
            + " (carefile.enforcement.representations.max-document-size)",
    type = SchemaType.STRING,
    format = "binary",
    maxLength = 5 * 1024 * 1024)
final class DocumentPart {

  private DocumentPart() {}
}
