package io.carefile.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RequirementRepository extends PlatformScopedRepository<Requirement> {

  RequirementRepository() {
    super(Requirement.class, "Requirement", "platformId", requirement -> requirement.platformId);
  }

  List<Requirement> of(UUID caseId) {
    return listVisible("caseId = :case", Sort.by("position"), Map.of("case", caseId));
  }

  /** The case's requirement; one of another case is not found. */
  Requirement getOf(UUID caseId, UUID requirementId) {
    return findVisible(requirementId)
        .filter(requirement -> requirement.caseId.equals(caseId))
        .orElseThrow(() -> ProblemException.notFound("Requirement", requirementId));
  }
}
