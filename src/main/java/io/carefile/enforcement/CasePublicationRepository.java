package io.carefile.enforcement;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CasePublicationRepository extends PlatformScopedRepository<CasePublication> {

  CasePublicationRepository() {
    super(CasePublication.class, "Publication", "platformId", p -> p.platformId);
  }

  Optional<CasePublication> ofCase(UUID caseId) {
    return firstVisible("caseId = :caseId", Map.of("caseId", caseId));
  }
}
