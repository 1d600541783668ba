package io.carefile.portal.shared;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF token for the forms of the shared layout (the header's sign-out button), read by
 * templates as {@code inject:formToken}. quarkus-rest-csrf issues one token per browser and keeps
 * it in its cookie; its filter only runs for requests that reach a page resource, though, and the
 * layout is also rendered on pages answered before that (a role refusal, an unknown path, a refused
 * form). There the token is the one the cookie already carries, or a new one in a new cookie, in
 * the extension's own format, so that the next form posted checks out either way.
 */
@Named("formToken")
@RequestScoped
public class FormToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final CsrfTokenParameterProvider csrf;
  private final RoutingContext routing;
  private final String cookieName;
  private final String cookiePath;
  private final Duration cookieMaxAge;
  private final boolean cookieForceSecure;
  private final int tokenSize;
  private String value;

  FormToken(
      CsrfTokenParameterProvider csrf,
      RoutingContext routing,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-path") String cookiePath,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age") Duration cookieMaxAge,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure") boolean cookieForceSecure,
      @ConfigProperty(name = "quarkus.rest-csrf.token-size") int tokenSize) {
    this.csrf = csrf;
    this.routing = routing;
    this.cookieName = cookieName;
    this.cookiePath = cookiePath;
    this.cookieMaxAge = cookieMaxAge;
    this.cookieForceSecure = cookieForceSecure;
    this.tokenSize = tokenSize;
  }

  public String parameterName() {
    return csrf.getParameterName();
  }

  public String value() {
    if (value == null) {
      value = issuedByFilter();
    }
    if (value == null) {
      value = fromCookie();
    }
    if (value == null) {
      value = newCookie();
    }
    return value;
  }

  /** The extension's token of this request; it has none when its filter did not run. */
  private String issuedByFilter() {
    try {
      return csrf.getToken();
    } catch (IllegalStateException filterDidNotRun) {
      return null;
    }
  }

  private String fromCookie() {
    Cookie cookie = routing.request().getCookie(cookieName);
    if (cookie == null) {
      return null;
    }
    try {
      return Base64.getUrlDecoder().decode(cookie.getValue()).length == tokenSize
          ? cookie.getValue()
          : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private String newCookie() {
    byte[] bytes = new byte[tokenSize];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    routing
        .response()
        .addCookie(
            Cookie.cookie(cookieName, token)
                .setPath(cookiePath)
                .setMaxAge(cookieMaxAge.toSeconds())
                .setHttpOnly(true)
                .setSecure(cookieForceSecure || routing.request().isSSL()));
    return token;
  }
}
