package io.carefile.penalty;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PenaltyRepository extends PlatformScopedRepository<Penalty> {

  PenaltyRepository() {
    super(Penalty.class, "Penalty", "platformId", e -> e.platformId);
  }
}
