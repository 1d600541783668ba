package io.carefile.enforcement;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RepresentationRepository extends PlatformScopedRepository<Representation> {

  RepresentationRepository() {
    super(Representation.class, "Representation", "platformId", r -> r.platformId);
  }

  /** The case's representations, oldest first. */
  List<Representation> of(UUID caseId) {
    return listVisible("caseId = :case", Sort.by("seq"), Map.of("case", caseId));
  }
}
