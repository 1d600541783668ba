package io.carefile.common.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A requester's scope only ever narrows system work, and only while the requester's work runs. */
class RequesterScopeTest {

  private final TenantScope tenantScope = new TenantScope(null, null);

  @Test
  void systemWorkForARequesterSeesTheRequestersPlatformAlone() {
    UUID platform = UUID.randomUUID();

    SystemWork.run(
        () -> {
          assertThat(tenantScope.current()).isEqualTo(Scope.ALL);
          RequesterScope.run(
              Scope.of(platform),
              () -> {
                assertThat(tenantScope.current()).isEqualTo(Scope.of(platform));
                assertThat(tenantScope.current().sees(UUID.randomUUID())).isFalse();
              });
          assertThat(tenantScope.current()).as("the requester's work is over").isEqualTo(Scope.ALL);
        });
  }

  @Test
  void outsideSystemWorkARequesterScopeIsRefused() {
    assertThatThrownBy(() -> RequesterScope.run(Scope.ALL, () -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Only system work");
  }

  @Test
  void oneRequestersWorkCannotStartAnothersInsideIt() {
    SystemWork.run(
        () ->
            RequesterScope.run(
                Scope.of(UUID.randomUUID()),
                () ->
                    assertThatThrownBy(() -> RequesterScope.run(Scope.ALL, () -> {}))
                        .isInstanceOf(IllegalStateException.class)));
  }
}
