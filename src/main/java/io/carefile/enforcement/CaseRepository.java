package io.carefile.enforcement;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CaseRepository extends PlatformScopedRepository<EnforcementCase> {

  CaseRepository() {
    super(EnforcementCase.class, "Enforcement case", "platformId", c -> c.platformId);
  }
}
