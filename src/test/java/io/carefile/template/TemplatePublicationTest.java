package io.carefile.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.json.CanonicalJson;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.platform.PlatformCategory;
import io.carefile.template.definition.CompiledRule;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.RuleOutcome;
import io.carefile.template.definition.TemplateCompiler;
import io.carefile.template.definition.TemplateFormat;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The template files are published at start, stored once and never changed; the service hands other
 * features each version compiled once.
 */
@QuarkusTest
class TemplatePublicationTest {

  private static final Path CSAM_FILE = Path.of("config/templates/CSAM-Q/v1.yaml");

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @Inject TemplateService templates;
  @Inject TemplatePublisher publisher;
  @Inject ObjectMapper json;

  @Test
  void theShippedFilesArePublishedAtStartWithTheDigestOfTheirDefinition() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select code, version, source, published_by, definition::text, definition_sha256"
                    + " from return_template_version where code in ('CSAM-Q', 'DOC-ANNUAL')"
                    + " and version = 1 order by code")) {
      int found = 0;
      while (rows.next()) {
        found++;
        assertThat(rows.getString("source")).isEqualTo("file");
        assertThat(rows.getString("published_by")).isEqualTo("system");
        String recomputed = CanonicalJson.sha256(json.readTree(rows.getString("definition")));
        assertThat(rows.getString("definition_sha256")).isEqualTo(recomputed);
      }
      assertThat(found).isEqualTo(2);
    }
    assertThat(count("select count(*) from audit_event where entity_id = 'CSAM-Q/v1'"))
        .isEqualTo(1);
  }

  @Test
  void aPublishedVersionCannotBeChangedOrDeletedEvenInTheDatabase() {
    assertThatThrownBy(
            () -> execute("update return_template_version set title = 'x' where code = 'CSAM-Q'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("published return template versions are immutable: UPDATE");
    assertThatThrownBy(() -> execute("delete from return_template_version where code = 'CSAM-Q'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("published return template versions are immutable: DELETE");
    assertThat(templates.find("CSAM-Q", 1)).isPresent();
  }

  @Test
  void aFileThatDiffersFromItsPublishedVersionStopsTheStart() throws Exception {
    String file = Files.readString(CSAM_FILE);
    CompiledTemplate unchanged = TemplateCompiler.compile("test", file, TemplateFormat.YAML);
    SystemWork.run(() -> publisher.publishFile(CSAM_FILE, unchanged));

    CompiledTemplate edited =
        TemplateCompiler.compile(
            "test", file.replace("dueOffsetDays: 30", "dueOffsetDays: 45"), TemplateFormat.YAML);
    assertThatThrownBy(() -> SystemWork.run(() -> publisher.publishFile(CSAM_FILE, edited)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Template file config/templates/CSAM-Q/v1.yaml differs from CSAM-Q version 1")
        .hasMessageContaining("publish the change as a new version");
    assertThat(templates.find("CSAM-Q", 1).orElseThrow().dueOffsetDays()).isEqualTo(30);
  }

  @Test
  void otherFeaturesSeeEveryTemplateAtItsLatestVersion() {
    assertThat(templates.latestVersions())
        .contains(
            new TemplateVersionSummary(
                "CSAM-Q",
                2,
                "Child sexual abuse material – quarterly return",
                PeriodType.QUARTERLY,
                30,
                Set.of(PlatformCategory.values())),
            new TemplateVersionSummary(
                "DOC-ANNUAL",
                1,
                "Duty of care – annual transparency return",
                PeriodType.ANNUAL,
                60,
                Set.of(
                    PlatformCategory.CATEGORY_1,
                    PlatformCategory.CATEGORY_2A,
                    PlatformCategory.CATEGORY_2B)));
    assertThat(templates.find("DOC-ANNUAL", 1)).isPresent();
    assertThat(templates.find("DOC-ANNUAL", 2)).isEmpty();
    assertThat(templates.find("NO-SUCH", 1)).isEmpty();
  }

  @Test
  void aVersionIsCompiledOnceAndItsRulesEvaluateAReturn() {
    CompiledTemplate first = templates.compiled("CSAM-Q", 1);
    CompiledTemplate again = templates.compiled("CSAM-Q", 1);
    assertThat(again).isSameAs(first);
    assertThat(again.rules().getFirst()).isSameAs(first.rules().getFirst());

    CompiledRule removedWithinDetected = first.rules().getFirst();
    assertThat(removedWithinDetected.id()).isEqualTo("CSAMQ-R001");
    assertThat(
            removedWithinDetected.check(
                first.bind(
                    ReturnSamples.csamQuarter(),
                    ReturnSamples.QUARTER_START,
                    ReturnSamples.QUARTER_END)))
        .isEqualTo(RuleOutcome.HOLDS);
    assertThat(
            removedWithinDetected.check(
                first.bind(
                    ReturnSamples.with(ReturnSamples.csamQuarter(), "items_removed", 1001),
                    ReturnSamples.QUARTER_START,
                    ReturnSamples.QUARTER_END)))
        .isEqualTo(RuleOutcome.BROKEN);
  }

  @Test
  void anUnknownVersionCannotBeCompiled() {
    assertThatThrownBy(() -> templates.compiled("CSAM-Q", 99))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.is(ProblemType.NOT_FOUND)).isTrue());
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
