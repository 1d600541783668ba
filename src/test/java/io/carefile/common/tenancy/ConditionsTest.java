package io.carefile.common.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  @Test
  void onlyGivenFiltersJoinTheQuery() {
    Conditions where =
        Conditions.where()
            .and("status = :status", "status", "OPEN")
            .and("templateCode = :code", "code", null)
            .and("platformId = :platform", "platform", Optional.empty())
            .and("periodEnd >= :from", "from", Optional.of("2026-01-01"));

    assertThat(where.query()).isEqualTo("status = :status and periodEnd >= :from");
    assertThat(where.parameters()).isEqualTo(Map.of("status", "OPEN", "from", "2026-01-01"));
  }

  @Test
  void noFilterIsAnEmptyQuery() {
    Conditions where = Conditions.where().and("status = :status", "status", null);

    assertThat(where.query()).isEmpty();
    assertThat(where.parameters()).isEmpty();
  }
}
