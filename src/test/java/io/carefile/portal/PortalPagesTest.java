package io.carefile.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's public surface without a browser: the start page, GOV.UK Frontend's stylesheet and
 * the fonts and images it refers to, and the sign-in challenge in front of everything else.
 */
@QuarkusTest
class PortalPagesTest {

  @Test
  void startPageIsPublicAndStyledWithGovukFrontend() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<html lang=\"en-GB\" class=\"govuk-template\">"))
        .body(containsString("href=\"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css\""))
        .body(containsString("<title>File duty-of-care compliance returns – Carefile</title>"))
        .body(containsString("href=\"/portal\" role=\"button\""))
        .body(not(containsString("sign-out-request")));
  }

  @Test
  void startPageOffersOnlyWhatExists() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("fill in and submit a return in a web form, or through the API"))
        .body(not(containsString("spreadsheet")))
        .body(not(containsString("scores")))
        .body(not(containsString("penalt")))
        .body(not(containsString("questions")));
  }

  @Test
  void apiKeepsProblemJsonWhereThePortalShowsPages() {
    given()
        .get("/api/v1/no-such-resource")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"))
        .body(containsString("urn:carefile:problem:not-found"));
  }

  @Test
  void govukStylesheetAndScriptAreServedVersionless() {
    given()
        .get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")
        .then()
        .statusCode(200)
        .contentType(containsString("text/css"))
        .body(containsString("url(/assets/fonts/bold-b542beb274-v2.woff2)"));
    given()
        .get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")
        .then()
        .statusCode(200)
        .body(containsString("initAll"));
  }

  @Test
  void govukFontsAndImagesAreServedAtAssets() {
    byte[] font =
        given()
            .get("/assets/fonts/bold-b542beb274-v2.woff2")
            .then()
            .statusCode(200)
            .contentType(equalTo("font/woff2"))
            .extract()
            .asByteArray();
    assertThat(font).startsWith('w', 'O', 'F', '2');

    given()
        .get("/assets/images/favicon.svg")
        .then()
        .statusCode(200)
        .contentType(containsString("image/svg+xml"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/assets/%2e%2e/%2e%2e/govuk-frontend.min.css",
        "/assets/fonts/..%2f..%2fgovuk-frontend.min.js",
        "/assets/.hidden",
        "/assets/fonts/missing.woff2"
      })
  void assetsRouteServesNothingOutsideTheGovukAssets(String path) {
    // Dot segments never reach the assets route (the router resolves or refuses them); the
    // route itself hands on only plain file names, so nothing else of the classpath is served.
    given()
        .urlEncodingEnabled(false)
        .get(path)
        .then()
        .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)));
  }

  @Test
  void portalSendsStrangersToKeycloak() {
    given()
        .redirects()
        .follow(false)
        .get("/portal/platform")
        .then()
        .statusCode(302)
        .header("Location", containsString("/realms/carefile/protocol/openid-connect/auth"));
  }
}
