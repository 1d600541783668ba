package io.carefile.obligation;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ObligationRepository extends PlatformScopedRepository<Obligation> {

  ObligationRepository() {
    super(Obligation.class, "Obligation", "platformId", obligation -> obligation.platformId);
  }
}
