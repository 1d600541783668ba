package io.carefile.enforcement;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DocumentContentRepository extends PlatformScopedRepository<DocumentContent> {

  DocumentContentRepository() {
    super(DocumentContent.class, "Document", "platformId", content -> content.platformId);
  }
}
