package io.carefile.filing;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FilingRepository extends PlatformScopedRepository<Filing> {

  FilingRepository() {
    super(Filing.class, "Filing", "platformId", filing -> filing.platformId);
  }
}
