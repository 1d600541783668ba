package io.carefile.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.platform.PlatformCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A peer group's cohort, read across platforms through the database's {@code benchmark_cohort}
 * function (V013): the one read of benchmarks that row-level security does not confine to the
 * caller's platform. The function answers every platform's latest score in the group, naming the
 * filings and platforms only to callers who may see them; the rest are told apart by an opaque peer
 * number and carry only their indicator values and total. What reaches a platform user of that is
 * decided in {@link BenchmarkCalculator}.
 */
@ApplicationScoped
public class BenchmarkCohorts {

  private static final TypeReference<Map<String, BigDecimal>> VALUES = new TypeReference<>() {};

  private final EntityManager entityManager;
  private final ObjectMapper json;

  BenchmarkCohorts(EntityManager entityManager, ObjectMapper json) {
    this.entityManager = entityManager;
    this.json = json;
  }

  /** The latest score of each filing in the group. */
  List<BenchmarkEntry> of(PeerGroup group) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select filing_version_id, filing_id, platform_id, peer, template_version,"
                    + " category::text, size_band::text, total, indicator_values::text"
                    + " from benchmark_cohort(cast(:template as varchar), cast(:period as date),"
                    + " cast(:category as varchar), cast(:sizeBand as varchar))")
            .setParameter("template", group.templateCode())
            .setParameter("period", group.periodStart())
            .setParameter("category", group.category() == null ? null : group.category().name())
            .setParameter("sizeBand", group.sizeBand())
            .getResultList();
    return rows.stream().map(this::entry).toList();
  }

  private BenchmarkEntry entry(Object[] row) {
    return new BenchmarkEntry(
        (UUID) row[0],
        (UUID) row[1],
        (UUID) row[2],
        "peer-" + row[3],
        ((Number) row[4]).intValue(),
        row[5] == null ? null : PlatformCategory.valueOf((String) row[5]),
        (String) row[6],
        (BigDecimal) row[7],
        values((String) row[8]));
  }

  /** Indicator values as decimals, read exactly as the explanation stored them. */
  private Map<String, BigDecimal> values(String stored) {
    try {
      Map<String, BigDecimal> values = json.readValue(stored, VALUES);
      // A value stored as a double is its shortest decimal, as BigDecimal.valueOf(double) gives.
      values.replaceAll((code, value) -> BigDecimal.valueOf(value.doubleValue()));
      return values;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The cohort's indicator values cannot be read", e);
    }
  }
}
