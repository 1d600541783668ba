package io.carefile.platform;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Platforms, scoped like all platform-owned data: a platform's own users see only it. */
@ApplicationScoped
public class PlatformRepository extends PlatformScopedRepository<Platform> {

  @Override
  protected String platformAttribute() {
    return "id";
  }

  @Override
  protected String entityName() {
    return "Platform";
  }
}
