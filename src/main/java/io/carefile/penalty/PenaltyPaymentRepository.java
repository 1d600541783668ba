package io.carefile.penalty;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PenaltyPaymentRepository extends PlatformScopedRepository<PenaltyPayment> {

  PenaltyPaymentRepository() {
    super(PenaltyPayment.class, "Penalty payment", "platformId", e -> e.platformId);
  }
}
