package io.carefile.filing;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.export.Column;
import io.carefile.export.ExportAnswer;
import io.carefile.export.ExportSheet;
import io.carefile.export.Exports;
import io.carefile.scoring.IndicatorScore;
import io.carefile.scoring.ScoreView;
import io.carefile.scoring.ScoringService;
import io.carefile.template.definition.FieldType;
import io.carefile.template.definition.TemplateDefinition;
import io.carefile.template.definition.TemplateDefinition.AllowedValue;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.validation.Finding;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One return in full as a workbook: its values by section, its findings and explanations, its score
 * breakdown and its history, in the same scope as its JSON read (another platform's return is not
 * found). A return with a submitted version is exported as its latest submitted version, as filed;
 * one never submitted, as its draft.
 */
@ApplicationScoped
public class FilingWorkbook {

  record ValueRow(String section, String field, String label, Object value, String unit) {}

  record FindingRow(String ruleId, String severity, String fields, String message) {}

  record ExplanationRow(String finding, String ruleId, String field, String explanation) {}

  private static final List<Column<ValueRow>> VALUES =
      List.of(
          Column.text("Section", 30, ValueRow::section),
          Column.text("Field", 30, ValueRow::field),
          Column.text("Question", 60, ValueRow::label),
          Column.value("Value", 30, ValueRow::value),
          Column.text("Unit", 10, ValueRow::unit));

  private static final List<Column<FindingRow>> FINDINGS =
      List.of(
          Column.text("Rule id", 14, FindingRow::ruleId),
          Column.text("Severity", 10, FindingRow::severity),
          Column.text("Field", 30, FindingRow::fields),
          Column.text("Message", 80, FindingRow::message));

  private static final List<Column<ExplanationRow>> EXPLANATIONS =
      List.of(
          Column.text("Finding", 40, ExplanationRow::finding),
          Column.text("Rule id", 14, ExplanationRow::ruleId),
          Column.text("Field", 30, ExplanationRow::field),
          Column.text("Explanation", 80, ExplanationRow::explanation));

  private static final List<Column<IndicatorScore>> SCORE =
      List.of(
          Column.text("Indicator", 24, IndicatorScore::code),
          Column.text("Title", 50, IndicatorScore::title),
          Column.bool("Scored", IndicatorScore::scored),
          Column.decimal("Value", IndicatorScore::value),
          Column.text("Band", 24, IndicatorScore::band),
          Column.integer("Points", IndicatorScore::points),
          Column.decimal("Weight", IndicatorScore::weight));

  private static final List<Column<ReturnEvent>> HISTORY =
      List.of(
          Column.dateTime("When", ReturnEvent::at),
          Column.text("Event", 26, ReturnEvent::event),
          Column.integer("Version", ReturnEvent::version),
          Column.text("By", 24, ReturnEvent::by),
          Column.text("Detail", 80, ReturnEvent::detail));

  private final FilingQueries filings;
  private final ScoringService scoring;
  private final Exports exports;
  private final List<ReturnHistorySource> historySources;

  FilingWorkbook(
      FilingQueries filings,
      ScoringService scoring,
      Exports exports,
      @All List<ReturnHistorySource> historySources) {
    this.filings = filings;
    this.scoring = scoring;
    this.exports = exports;
    this.historySources = historySources;
  }

  /** The return as a workbook; another platform's, or a missing one, is not found. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ExportAnswer.File of(UUID id) {
    FilingView filing = filings.get(id);
    TemplateDefinition template = filings.templateOf(id).definition();
    boolean submitted = filing.latestVersion() > 0;
    VersionView version = submitted ? filings.version(id, filing.latestVersion()) : null;
    Map<String, JsonNode> values = submitted ? version.values() : filing.draft().values();
    List<Finding> findings = submitted ? version.findings() : filing.draft().findings();
    Map<String, String> explanations = submitted ? version.explanations() : Map.of();
    ScoreView score = submitted ? scoring.scoreOf(id, filing.latestVersion()) : null;

    List<ExportSheet<?>> sheets = new ArrayList<>();
    sheets.add(new ExportSheet<>("Values", VALUES, valueRows(template, values)));
    sheets.add(new ExportSheet<>("Findings", FINDINGS, findingRows(findings)));
    sheets.add(new ExportSheet<>("Explanations", EXPLANATIONS, explanationRows(explanations)));
    sheets.add(new ExportSheet<>("Score", SCORE, score == null ? List.of() : score.indicators()));
    sheets.add(new ExportSheet<>("History", HISTORY, history(filing)));
    return exports.workbook(
        "filing-" + filing.id(),
        template.title() + " return",
        details(filing, template, version, score),
        sheets);
  }

  private static Map<String, String> details(
      FilingView filing, TemplateDefinition template, VersionView version, ScoreView score) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("Filing id", filing.id().toString());
    details.put("Platform id", filing.platformId().toString());
    details.put(
        "Template",
        filing.templateCode() + " version " + filing.templateVersion() + ": " + template.title());
    details.put("Period", filing.periodStart() + " to " + filing.periodEnd());
    details.put("Due date", filing.dueDate().toString());
    details.put("Status", filing.status().name());
    details.put(
        "Values of",
        version == null
            ? "the draft, never submitted"
            : "version " + version.number() + " (" + version.accessionNumber() + "), as filed");
    if (score != null) {
      details.put("Score", score.total() == null ? "not scored" : score.total().toPlainString());
      details.put("Band", score.effectiveBand().name());
    }
    return details;
  }

  private static List<ValueRow> valueRows(
      TemplateDefinition template, Map<String, JsonNode> values) {
    List<ValueRow> rows = new ArrayList<>();
    for (TemplateDefinition.Section section : template.sections()) {
      for (Field field : section.fields()) {
        rows.add(
            new ValueRow(
                section.title(),
                field.code(),
                field.label(),
                typed(field, values.get(field.code())),
                field.unit()));
      }
    }
    return rows;
  }

  /** A filed value as its cell holds it: a number, a date, a boolean, or a choice's label. */
  static Object typed(Field field, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    FieldType type = field.type();
    if (type == FieldType.INTEGER && value.isIntegralNumber()) {
      return value.longValue();
    }
    if (type.isNumeric() && value.isNumber()) {
      return value.decimalValue();
    }
    if (type == FieldType.BOOLEAN && value.isBoolean()) {
      return value.booleanValue();
    }
    if (type == FieldType.DATE && value.isTextual()) {
      try {
        return LocalDate.parse(value.textValue());
      } catch (DateTimeParseException e) {
        return value.textValue();
      }
    }
    if (type == FieldType.SINGLE_CHOICE && value.isTextual()) {
      return labelOf(field, value.textValue());
    }
    if (type == FieldType.MULTIPLE_CHOICE && value.isArray()) {
      return StreamSupport.stream(value.spliterator(), false)
          .map(choice -> labelOf(field, choice.asText()))
          .collect(Collectors.joining("; "));
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }

  private static String labelOf(Field field, String code) {
    List<AllowedValue> choices = field.allowedValues() == null ? List.of() : field.allowedValues();
    return choices.stream()
        .filter(choice -> choice.code().equals(code))
        .map(AllowedValue::label)
        .findFirst()
        .orElse(code);
  }

  private static List<FindingRow> findingRows(List<Finding> findings) {
    return findings.stream()
        .map(
            finding ->
                new FindingRow(
                    finding.ruleId(),
                    finding.severity().name(),
                    String.join(", ", finding.fields()),
                    finding.message()))
        .toList();
  }

  private static List<ExplanationRow> explanationRows(Map<String, String> explanations) {
    return explanations.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            explained -> {
              String key = explained.getKey();
              int slash = key.indexOf('/');
              return new ExplanationRow(
                  key,
                  slash < 0 ? key : key.substring(0, slash),
                  slash < 0 ? null : key.substring(slash + 1),
                  explained.getValue());
            })
        .toList();
  }

  private List<ReturnEvent> history(FilingView filing) {
    List<ReturnEvent> events = new ArrayList<>();
    for (VersionSummary version : filing.versions()) {
      events.add(
          new ReturnEvent(
              version.submittedAt(),
              version.number() == 1 ? "Submitted" : "Amendment submitted",
              version.number(),
              version.submittedBy(),
              "Accession number "
                  + version.accessionNumber()
                  + "; attested by "
                  + version.attestorName()
                  + "; through "
                  + version.source()
                  + (version.late() ? "; late" : "")));
    }
    Draft draft = filing.draft();
    if (draft != null && draft.savedAt() != null) {
      events.add(new ReturnEvent(draft.savedAt(), "Draft saved", null, draft.savedBy(), null));
    }
    historySources.forEach(source -> events.addAll(source.eventsOf(filing.id())));
    events.sort(Comparator.comparing(ReturnEvent::at));
    return events;
  }
}
