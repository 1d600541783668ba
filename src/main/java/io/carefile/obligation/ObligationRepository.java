package io.carefile.obligation;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ObligationRepository extends PlatformScopedRepository<Obligation> {

  @Override
  protected String platformAttribute() {
    return "platformId";
  }

  @Override
  protected String entityName() {
    return "Obligation";
  }
}
