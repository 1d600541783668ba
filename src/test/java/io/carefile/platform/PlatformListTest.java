package io.carefile.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform list filters by status, category and text, and pages. */
@QuarkusTest
class PlatformListTest {

  @Test
  void filtersByTextCategoryAndStatus() {
    // A word only this test's platforms carry in their names.
    String word = "Zq" + UUID.randomUUID().toString().substring(0, 6);
    NewPlatform.Onboarded search =
        new NewPlatform()
            .legalName("Alpha " + word + " Search Ltd")
            .figures(List.of("SEARCH"), List.of(), 8_000_000)
            .onboard();
    NewPlatform.Onboarded messaging =
        new NewPlatform()
            .legalName("Beta " + word + " Chat Ltd")
            .figures(List.of("USER_TO_USER"), List.of("DIRECT_MESSAGING"), 4_000_000)
            .onboard();
    NewPlatform.Onboarded small =
        new NewPlatform().legalName("Gamma " + word + " Forum Ltd").onboard();

    asAnalyst()
        .queryParam("q", word.toUpperCase())
        .get("/api/v1/platforms")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(3))
        .body(
            "items.id",
            contains(search.id().toString(), messaging.id().toString(), small.id().toString()));
    asAnalyst()
        .queryParam("q", word)
        .queryParam("category", "CATEGORY_2A")
        .get("/api/v1/platforms")
        .then()
        .body("items.id", contains(search.id().toString()));
    asAnalyst()
        .queryParam("q", messaging.slug())
        .get("/api/v1/platforms")
        .then()
        .body("items.id", contains(messaging.id().toString()));

    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType("application/json")
        .body(
            "{\"status\": \"SUSPENDED\", \"reason\": \"List test\", \"expectedVersion\": "
                + small.version()
                + "}")
        .put("/api/v1/platforms/{id}/status", small.id())
        .then()
        .statusCode(200);
    asAnalyst()
        .queryParam("q", word)
        .queryParam("status", "SUSPENDED")
        .get("/api/v1/platforms")
        .then()
        .body("items.id", contains(small.id().toString()));
    asAnalyst()
        .queryParam("q", word)
        .queryParam("status", "ACTIVE")
        .queryParam("category", "")
        .get("/api/v1/platforms")
        .then()
        .body("totalItems", equalTo(2));
  }

  @Test
  void pagesThroughTheMatches() {
    String word = "Pg" + UUID.randomUUID().toString().substring(0, 6);
    NewPlatform.Onboarded first = new NewPlatform().legalName("A " + word).onboard();
    NewPlatform.Onboarded second = new NewPlatform().legalName("B " + word).onboard();
    NewPlatform.Onboarded third = new NewPlatform().legalName("C " + word).onboard();

    asAnalyst()
        .queryParam("q", word)
        .queryParam("size", 2)
        .get("/api/v1/platforms")
        .then()
        .body("items.id", contains(first.id().toString(), second.id().toString()))
        .body("totalItems", equalTo(3))
        .body("totalPages", equalTo(2));
    asAnalyst()
        .queryParam("q", word)
        .queryParam("size", 2)
        .queryParam("page", 2)
        .get("/api/v1/platforms")
        .then()
        .body("items.id", contains(third.id().toString()))
        .body("page", equalTo(2));
  }

  @Test
  void wildcardsInTheTextAreTakenLiterally() {
    asAnalyst()
        .queryParam("q", "%")
        .get("/api/v1/platforms")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }

  @Test
  void anUnknownFilterValueIsABadRequestNamingTheParameter() {
    asAnalyst()
        .queryParam("status", "CLOSED")
        .queryParam("category", "CATEGORY_3")
        .get("/api/v1/platforms")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("category", "status"))
        .body("errors[1].message", containsString("ACTIVE, SUSPENDED, EXITED"));
  }

  private static RequestSpecification asAnalyst() {
    return given().header("Authorization", Tokens.bearer(Tokens.user("regulator-analyst")));
  }
}
