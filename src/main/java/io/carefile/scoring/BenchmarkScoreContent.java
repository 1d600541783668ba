package io.carefile.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.platform.PlatformCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored score as a snapshot digests it: every column of its {@code filing_score} row, the
 * indicators as the JSON they were stored as. Its canonical JSON's SHA-256 is a snapshot input's
 * digest, so any change to a score a snapshot used shows.
 */
public record BenchmarkScoreContent(
    UUID filingVersionId,
    UUID platformId,
    UUID filingId,
    int versionNumber,
    String templateCode,
    int templateVersion,
    String indicatorsSha256,
    BigDecimal total,
    ScoreBand band,
    BigDecimal scoredWeight,
    BigDecimal greenFrom,
    BigDecimal amberFrom,
    JsonNode indicators,
    Instant computedAt,
    LocalDate periodStart,
    PlatformCategory category,
    String sizeBand) {}
