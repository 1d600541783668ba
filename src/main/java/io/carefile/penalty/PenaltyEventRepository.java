package io.carefile.penalty;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PenaltyEventRepository extends PlatformScopedRepository<PenaltyEvent> {

  PenaltyEventRepository() {
    super(PenaltyEvent.class, "Penalty event", "platformId", e -> e.platformId);
  }
}
