package io.carefile.enforcement;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RepresentationDocumentRepository
    extends PlatformScopedRepository<RepresentationDocument> {

  RepresentationDocumentRepository() {
    super(RepresentationDocument.class, "Document", "platformId", document -> document.platformId);
  }

  /** The documents of the case's representations, in each one's order. */
  List<RepresentationDocument> ofCase(UUID caseId) {
    return listVisible(
        "caseId = :case", Sort.by("representationId").and("position"), Map.of("case", caseId));
  }
}
