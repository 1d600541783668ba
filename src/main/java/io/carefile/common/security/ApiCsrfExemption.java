package io.carefile.common.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leaves the API's uploads out of the portal's CSRF check. quarkus-rest-csrf checks every form and
 * multipart POST of the application against its double-submit cookie, and cannot be told to leave
 * paths out (quarkus#53715): a multipart upload to the API would always be refused with a bare 400.
 * The API needs no such check: it authenticates bearer tokens only, never a cookie (the portal's
 * session is on {@code /portal}), so another site cannot make a browser send an authenticated API
 * request. So, before the filter runs, a multipart request under {@code /api/} gets a fresh token
 * as the filter's cookie and header (any cookies it carried are dropped: the API reads none). JSON
 * requests need nothing: the filter does not check them.
 */
@ApplicationScoped
public class ApiCsrfExemption {

  private final SecureRandom random = new SecureRandom();
  private final String cookieName;
  private final String headerName;
  private final int tokenSize;

  ApiCsrfExemption(
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
      @ConfigProperty(name = "quarkus.rest-csrf.token-header-name") String headerName,
      @ConfigProperty(name = "quarkus.rest-csrf.token-size") int tokenSize) {
    this.cookieName = cookieName;
    this.headerName = headerName;
    this.tokenSize = tokenSize;
  }

  void register(@Observes Router router) {
    router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::exempt);
  }

  private void exempt(RoutingContext context) {
    HttpServerRequest request = context.request();
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      byte[] bytes = new byte[tokenSize];
      random.nextBytes(bytes);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      request.headers().set(HttpHeaders.COOKIE, cookieName + "=" + token);
      request.headers().set(headerName, token);
    }
    context.next();
  }
}
