package io.carefile.filing;

import io.carefile.common.tenancy.PlatformScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FilingRepository extends PlatformScopedRepository<Filing> {

  FilingRepository() {
    super(Filing.class, "Filing", "platformId", filing -> filing.platformId);
  }

  /**
   * The id of the platform's return of the template for the latest period before {@code
   * periodStart} that has a submitted version, for a platform in the caller's scope.
   */
  Optional<UUID> latestSubmittedBefore(
      UUID platformId, String templateCode, LocalDate periodStart) {
    return nativeQuery(
            platformId,
            """
            select cast(f.id as text)
              from filing f
              join obligation o on o.id = f.obligation_id
             where f.platform_id = :platform and f.template_code = :template
               and o.period_start < :periodStart and f.latest_version > 0
             order by o.period_start desc
             limit 1
            """)
        .setParameter("template", templateCode)
        .setParameter("periodStart", periodStart)
        .getResultStream()
        .findFirst()
        .map(id -> UUID.fromString((String) id));
  }
}
