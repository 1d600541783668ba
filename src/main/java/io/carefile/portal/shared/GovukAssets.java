package io.carefile.portal.shared;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves GOV.UK Frontend's fonts and images at {@code /assets}, where its stylesheet expects them,
 * by handing the request to the webjar's own static files.
 */
@ApplicationScoped
public class GovukAssets {

  private static final String WEBJAR_ASSETS = "/webjars/govuk-frontend/dist/govuk/assets/";

  /** Plain file names in plain folders: no "." or ".." segments, no encoded characters. */
  private static final Pattern ASSET =
      Pattern.compile("/assets/((?:[A-Za-z0-9][A-Za-z0-9_.-]*/)*[A-Za-z0-9][A-Za-z0-9_.-]*)");

  void register(@Observes Router router) {
    router.route("/assets/*").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
  }

  private void serve(RoutingContext context) {
    Matcher asset = ASSET.matcher(context.request().path());
    if (asset.matches()) {
      context.reroute(WEBJAR_ASSETS + asset.group(1));
    } else {
      context.next();
    }
  }
}
