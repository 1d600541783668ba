package io.carefile.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An export larger than {@code carefile.export.max-rows} is refused before anything is read or
 * queued, and a file is named for its source and the UK time.
 */
class ExportLimitsTest {

  /** A register of {@code rows} rows; any read beyond the count fails the test. */
  record CountingSource(long rows) implements ExportSource<String, Object> {
    @Override
    public String name() {
      return "counting";
    }

    @Override
    public String title() {
      return "Counting";
    }

    @Override
    public Class<Object> filterType() {
      return Object.class;
    }

    @Override
    public List<Column<String>> columns() {
      return List.of(Column.text("Value", 10, value -> value));
    }

    @Override
    public Page<String> page(Object filter, PageRequest page) {
      assertThat(page.size).as("only the count is read").isEqualTo(1);
      return Page.of(List.of("a"), page, rows);
    }
  }

  record Limits(int maxRows) implements ExportConfig {
    @Override
    public int backgroundAbove() {
      return 2;
    }

    @Override
    public Duration expiry() {
      return Duration.ofHours(24);
    }

    @Override
    public String expiryCron() {
      return "0 */15 * * * ?";
    }

    @Override
    public int rowWindow() {
      return 100;
    }
  }

  @Test
  void anExportAboveTheMostRowsIsRefusedBeforeAnythingIsWrittenOrQueued() {
    Exports exports = new Exports(new Limits(10), null, null, null, Clock.systemUTC());

    assertThatThrownBy(() -> exports.spreadsheet(new CountingSource(11), new Object()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            refusal -> assertThat(refusal.is(ExportProblems.EXPORT_TOO_LARGE)).isTrue())
        .hasMessageContaining("11 rows")
        .hasMessageContaining("at most 10");
  }

  @Test
  void aFileIsNamedForItsSourceAndTheUkTime() {
    assertThat(Exports.fileName("filings", Instant.parse("2026-07-01T23:30:00Z")))
        .isEqualTo("filings-20260702-0030.xlsx");
    assertThat(Exports.fileName("filings", Instant.parse("2026-12-01T23:30:00Z")))
        .isEqualTo("filings-20261201-2330.xlsx");
  }
}
