package io.carefile.portal.home;

import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformView;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.review.QueryFilter;
import io.carefile.review.QueryService;
import io.carefile.review.QueryStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The home of a platform's people: the platform they act for, and the queries it owes answers to.
 */
@Path(PortalRoutes.PLATFORM_HOME)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformHomePage {

  private final Caller caller;
  private final PlatformService platforms;
  private final QueryService queries;

  PlatformHomePage(Caller caller, PlatformService platforms, QueryService queries) {
    this.caller = caller;
    this.platforms = platforms;
    this.queries = queries;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home(PlatformView platform, long openQueries);
  }

  @GET
  @RolesAllowed(Roles.PLATFORM_USER)
  public TemplateInstance home() {
    // The inbox's count of open queries: one count and a one-row page.
    QueryFilter open = new QueryFilter();
    open.status = QueryStatus.OPEN.name();
    return Templates.home(
        platforms.get(caller.platformId()), queries.inbox(open, PageRequest.of(1, 1)).totalItems());
  }
}
