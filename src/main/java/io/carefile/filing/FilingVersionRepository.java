package io.carefile.filing;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FilingVersionRepository extends PlatformScopedRepository<FilingVersion> {

  FilingVersionRepository() {
    super(FilingVersion.class, "Submitted version", "platformId", version -> version.platformId);
  }

  /** A filing's versions, oldest first, if the caller may see them. */
  List<FilingVersion> versionsOf(UUID filingId) {
    return listVisible("filingId = :filing", Sort.by("number"), Map.of("filing", filingId));
  }

  /** The latest submitted version of each of the filings that has one, by filing id. */
  Map<UUID, FilingVersion> latestOf(Collection<Filing> filings) {
    List<UUID> submitted =
        filings.stream().filter(filing -> filing.latestVersion > 0).map(f -> f.id).toList();
    if (submitted.isEmpty()) {
      return Map.of();
    }
    Map<UUID, FilingVersion> latest = new HashMap<>();
    listVisible("filingId in :filings", Sort.by("number"), Map.of("filings", submitted))
        .forEach(version -> latest.put(version.filingId, version));
    return latest;
  }

  Optional<FilingVersion> version(UUID filingId, int number) {
    return firstVisible(
        "filingId = :filing and number = :number", Map.of("filing", filingId, "number", number));
  }

  Optional<FilingVersion> byAccessionNumber(String accessionNumber) {
    return firstVisible("accessionNumber = :accession", Map.of("accession", accessionNumber));
  }

  /**
   * The accepted version of the platform's most recent accepted return of the template for an
   * earlier period: the base of the period-over-period comparison, for a platform in the caller's
   * scope. It walks the platform's obligations of the template backwards from the period in the
   * order of their unique index, so that its plan does not hang on statistics: joined from the
   * filings instead, PostgreSQL once chose to scan every earlier obligation (2.7 ms a submission,
   * docs/benchmark.md). No result class is given: Hibernate would not find the cached plan of a
   * native query with a scalar result class again, and would re-plan it each time.
   */
  Optional<String> previousAcceptedValues(
      UUID platformId, String templateCode, LocalDate periodStart) {
    return nativeQuery(
            platformId,
            """
            select cast(v.filed_values as text)
              from obligation o
              join filing f on f.obligation_id = o.id
              join filing_version v on v.filing_id = f.id and v.number = f.accepted_version
             where o.platform_id = :platform and o.template_code = :template
               and o.period_start < :periodStart
             order by o.period_start desc
             limit 1
            """)
        .setParameter("template", templateCode)
        .setParameter("periodStart", periodStart)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }
}
