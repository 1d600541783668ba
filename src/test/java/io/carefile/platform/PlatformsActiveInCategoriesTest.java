package io.carefile.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What obligation generation asks: the active platforms in the categories a template covers. */
@QuarkusTest
class PlatformsActiveInCategoriesTest {

  @Inject PlatformService platforms;

  @Test
  void answersTheActivePlatformsInTheCategories() {
    NewPlatform.Onboarded searchEngine =
        new NewPlatform().figures(List.of("SEARCH"), List.of(), 9_000_000).onboard();
    NewPlatform.Onboarded suspendedSearchEngine =
        new NewPlatform().figures(List.of("SEARCH"), List.of(), 9_000_000).onboard();
    NewPlatform.Onboarded core = new NewPlatform().onboard();
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType("application/json")
        .body("{\"status\": \"SUSPENDED\", \"reason\": \"test\", \"expectedVersion\": 0}")
        .put("/api/v1/platforms/{id}/status", suspendedSearchEngine.id())
        .then()
        .statusCode(200);

    List<UUID> category2a = activeIn(Set.of(PlatformCategory.CATEGORY_2A));
    assertThat(category2a)
        .contains(searchEngine.id(), UUID.fromString(Tokens.BRIGHTSEARCH_ID))
        .doesNotContain(
            suspendedSearchEngine.id(), core.id(), UUID.fromString(Tokens.NORTHWIND_ID));

    assertThat(activeIn(EnumSet.of(PlatformCategory.CATEGORY_1, PlatformCategory.CORE)))
        .contains(core.id(), UUID.fromString(Tokens.NORTHWIND_ID))
        .doesNotContain(searchEngine.id());
    assertThat(activeIn(EnumSet.allOf(PlatformCategory.class)))
        .doesNotContain(suspendedSearchEngine.id());
    assertThat(activeIn(Set.of())).isEmpty();
  }

  /** Generation asks this as system work, for every platform. */
  private List<UUID> activeIn(Set<PlatformCategory> categories) {
    return SystemWork.call(() -> platforms.activePlatformsIn(categories));
  }
}
