package io.carefile.platform;

import static io.restassured.RestAssured.given;

import io.carefile.support.Tokens;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An onboarding request with its own slug and officer email, so that every test makes platforms no
 * other test touches. Defaults describe a small Core user-to-user service.
 */
final class NewPlatform {

  final String token = UUID.randomUUID().toString().substring(0, 8);
  String slug = "test-" + token;
  String legalName = "Test Platform " + token + " Ltd";
  String tradingName = "Test " + token;
  String email = "officer-" + token + "@platform.example";
  List<String> serviceKinds = List.of("USER_TO_USER");
  List<String> serviceFeatures = List.of("DIRECT_MESSAGING");
  long ukMonthlyActiveUsers = 1_000_000;

  /** What the API answered: enough to address the platform and its officer afterwards. */
  record Onboarded(UUID id, String slug, String email, String officerUserId, int version) {}

  NewPlatform slug(String value) {
    slug = value;
    return this;
  }

  NewPlatform legalName(String value) {
    legalName = value;
    return this;
  }

  NewPlatform email(String value) {
    email = value;
    return this;
  }

  NewPlatform figures(List<String> kinds, List<String> features, long ukUsers) {
    serviceKinds = kinds;
    serviceFeatures = features;
    ukMonthlyActiveUsers = ukUsers;
    return this;
  }

  Map<String, Object> profile() {
    Map<String, Object> profile = new HashMap<>();
    profile.put("legalName", legalName);
    profile.put("tradingName", tradingName);
    profile.put("companyNumber", "SC" + token.substring(0, 6).toUpperCase());
    profile.put("country", "GB");
    profile.put("serviceKinds", serviceKinds);
    profile.put("serviceFeatures", serviceFeatures);
    profile.put("ukMonthlyActiveUsers", ukMonthlyActiveUsers);
    profile.put(
        "qualifyingRevenue",
        Map.of(
            "amount",
            new BigDecimal("125000000.50"),
            "currency",
            "GBP",
            "financialYearEnd",
            "2025-12-31"));
    return profile;
  }

  Map<String, Object> body() {
    return Map.of(
        "slug",
        slug,
        "profile",
        profile(),
        "firstOfficer",
        Map.of("email", email, "firstName", "Olu", "lastName", "Adebayo-Smith"));
  }

  /** Sends the request as the regulator's administrator and returns the raw answer. */
  Response post() {
    return given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType("application/json")
        .body(body())
        .post("/api/v1/platforms");
  }

  Onboarded onboard() {
    Response response = post().then().statusCode(201).extract().response();
    return new Onboarded(
        UUID.fromString(response.path("platform.id")),
        slug,
        email,
        response.path("firstOfficer.userId"),
        response.path("platform.version"));
  }
}
