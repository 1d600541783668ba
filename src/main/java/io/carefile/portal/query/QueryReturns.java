package io.carefile.portal.query;

import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingView;
import io.carefile.platform.PlatformService;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.template.TemplateService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names the returns queries are about, each looked up once however many of its queries a page
 * shows. An analyst reads a return on its review page, everyone else on the return's own page.
 */
@ApplicationScoped
class QueryReturns {

  private final FilingQueries filings;
  private final TemplateService templates;
  private final PlatformService platforms;
  private final Caller caller;

  QueryReturns(
      FilingQueries filings, TemplateService templates, PlatformService platforms, Caller caller) {
    this.filings = filings;
    this.templates = templates;
    this.platforms = platforms;
    this.caller = caller;
  }

  /** The return, or the not-found refusal when the caller may not see it. */
  QueryReturn of(UUID filingId) {
    return of(Set.of(filingId)).get(filingId);
  }

  /** The returns, by filing id. */
  Map<UUID, QueryReturn> of(Collection<UUID> filingIds) {
    Map<UUID, FilingView> views = new LinkedHashMap<>();
    for (UUID id : new LinkedHashSet<>(filingIds)) {
      views.put(id, filings.get(id));
    }
    Map<UUID, String> names =
        caller.isRegulator()
            ? platforms.namesOf(
                views.values().stream().map(FilingView::platformId).collect(Collectors.toSet()))
            : Map.of();
    boolean analyst = caller.isRegulator() && caller.hasRole(Roles.REGULATOR_ANALYST);
    Map<UUID, QueryReturn> returns = new LinkedHashMap<>();
    views.forEach(
        (id, filing) -> {
          String title =
              templates
                  .compiled(filing.templateCode(), filing.templateVersion())
                  .definition()
                  .title();
          returns.put(
              id,
              new QueryReturn(
                  id,
                  title,
                  filing.periodStart(),
                  filing.periodEnd(),
                  names.get(filing.platformId()),
                  analyst ? PortalRoutes.review(id) : PortalRoutes.filing(id)));
        });
    return returns;
  }
}
