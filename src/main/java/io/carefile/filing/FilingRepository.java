package io.carefile.filing;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FilingRepository extends PlatformScopedRepository<Filing> {

  @Override
  protected String platformAttribute() {
    return "platformId";
  }

  @Override
  protected String entityName() {
    return "Filing";
  }
}
