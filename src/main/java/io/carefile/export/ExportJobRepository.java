package io.carefile.export;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ExportJobRepository extends PlatformScopedRepository<ExportJob> {

  ExportJobRepository() {
    super(ExportJob.class, "Export", "platformId", job -> job.platformId);
  }
}
