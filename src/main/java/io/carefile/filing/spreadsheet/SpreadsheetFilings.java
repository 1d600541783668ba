package io.carefile.filing.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.json.CanonicalJson;
import io.carefile.filing.DraftUpdate;
import io.carefile.filing.FilingProblems;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingReference;
import io.carefile.filing.FilingService;
import io.carefile.filing.FilingSource;
import io.carefile.filing.FilingStart;
import io.carefile.filing.FilingView;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationView;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformView;
import io.carefile.template.TemplateService;
import io.carefile.template.definition.CompiledTemplate;
import io.carefile.template.definition.TemplateDefinition.Field;
import io.carefile.validation.Finding;
import io.carefile.validation.ReturnValues;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Returns filed as workbooks: a template's workbook to fill, an obligation's prefilled with its
 * draft, the upload that saves a draft through the same reading and validation as the API, and a
 * workbook sent back with its faults marked. Every upload is screened and read as a stream before
 * anything is saved ({@link WorkbookScreen}, {@link UploadedWorkbook}).
 */
@ApplicationScoped
@Startup
public class SpreadsheetFilings {

  private final FilingService filings;
  private final FilingQueries filingQueries;
  private final ObligationService obligations;
  private final TemplateService templates;
  private final PlatformService platforms;
  private final SpreadsheetConfig config;
  private final WorkbookScreen screen;

  SpreadsheetFilings(
      FilingService filings,
      FilingQueries filingQueries,
      ObligationService obligations,
      TemplateService templates,
      PlatformService platforms,
      SpreadsheetConfig config) {
    this.filings = filings;
    this.filingQueries = filingQueries;
    this.obligations = obligations;
    this.templates = templates;
    this.platforms = platforms;
    this.config = config;
    this.screen = new WorkbookScreen(config);
    // POI's own guards, behind the screen: whatever POI opens is held to the same limits.
    ZipSecureFile.setMinInflateRatio(config.minInflateRatio());
    ZipSecureFile.setMaxEntrySize(config.maxEntrySize().asLongValue());
    ZipSecureFile.setMaxTextSize(config.maxTextSize());
    ZipSecureFile.setMaxFileCount(config.maxEntries());
  }

  /** A published template version's blank workbook, for no obligation in particular. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WorkbookDownload templateWorkbook(String code, int version) {
    CompiledTemplate template = templates.compiled(code, version);
    WorkbookMetadata metadata = new WorkbookMetadata(code, version, null, null, null, null);
    byte[] content =
        TemplateWorkbookWriter.write(
            template,
            WorkbookLayout.of(template),
            metadata,
            new TemplateWorkbookWriter.Purpose(
                code + " version " + version,
                List.of(
                    "A blank workbook of the template. It can start the return of any obligation"
                        + " of this template version that has none yet; for a return already"
                        + " started, download the workbook from the return's page.")),
            TemplateWorkbookWriter.Content.of(Map.of()));
    return new WorkbookDownload(code + "-v" + version + ".xlsx", content);
  }

  /** The obligation's workbook, prefilled with its return's draft if one is open. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WorkbookDownload obligationWorkbook(UUID obligationId) {
    ObligationView obligation = obligations.get(obligationId);
    CompiledTemplate template =
        templates.compiled(obligation.templateCode(), obligation.templateVersion());
    FilingView filing = filingOf(obligationId);
    Map<String, JsonNode> draft =
        filing == null || filing.draft() == null ? Map.of() : filing.draft().values();
    byte[] content =
        TemplateWorkbookWriter.write(
            template,
            WorkbookLayout.of(template),
            metadataOf(obligation, filing),
            purposeOf(obligation),
            TemplateWorkbookWriter.Content.of(draft));
    return new WorkbookDownload(fileNameOf(obligation), content);
  }

  /**
   * Saves the workbook's answers as the obligation's draft, starting the return if it has none, and
   * answers the draft with its findings by cell. Refused, saving nothing, when the file is no safe
   * workbook, was made for something else or before the return last changed, or holds a value that
   * cannot be read (a formula, a wrong type): then the problem's findings name the cells.
   */
  @Transactional
  public SpreadsheetUpload upload(UUID obligationId, Path file, long size) {
    ObligationView obligation = obligations.get(obligationId);
    CompiledTemplate template =
        templates.compiled(obligation.templateCode(), obligation.templateVersion());
    WorkbookLayout layout = WorkbookLayout.of(template);
    Answers answers = read(file, size, obligation, template, layout);
    if (!answers.unreadable().isEmpty()) {
      throw refusal(answers, layout);
    }
    FilingView filing = filingOf(obligationId);
    requireCurrent(answers.metadata(), filing);
    FilingView saved =
        filing == null
            ? filings.start(
                new FilingStart(obligationId, answers.values()), FilingSource.SPREADSHEET)
            : filings.saveDraft(
                filing.id(),
                new DraftUpdate(answers.values(), filing.version()),
                FilingSource.SPREADSHEET);
    return new SpreadsheetUpload(saved, cellFindings(saved.draft().findings(), layout));
  }

  /**
   * The uploaded workbook sent back with what is wrong marked on it: each cell at fault red with a
   * comment, and an Errors sheet linking to them. Saves nothing; its metadata is the upload's, so
   * the corrected workbook can be uploaded as it would have been.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WorkbookDownload annotated(UUID obligationId, Path file, long size) {
    ObligationView obligation = obligations.get(obligationId);
    CompiledTemplate template =
        templates.compiled(obligation.templateCode(), obligation.templateVersion());
    WorkbookLayout layout = WorkbookLayout.of(template);
    Answers answers = read(file, size, obligation, template, layout);
    List<Finding> findings = new ArrayList<>(answers.unreadable());
    findings.addAll(filingQueries.validateFor(obligationId, ReturnValues.of(answers.values())));
    byte[] content =
        TemplateWorkbookWriter.write(
            template,
            layout,
            answers.metadata(),
            purposeOf(obligation),
            new TemplateWorkbookWriter.Content(
                answers.values(), answers.unreadText(), cellFindings(findings, layout)));
    return new WorkbookDownload(fileNameOf(obligation).replace(".xlsx", "-checked.xlsx"), content);
  }

  /**
   * What an upload says, each field's cell read as its value; the unread cells' text is kept for
   * the workbook sent back.
   */
  private record Answers(
      WorkbookMetadata metadata,
      Map<String, JsonNode> values,
      List<Finding> unreadable,
      Map<String, String> unreadText) {}

  private Answers read(
      Path file,
      long size,
      ObligationView obligation,
      CompiledTemplate template,
      WorkbookLayout layout) {
    screen.screen(file, size);
    try (UploadedWorkbook workbook = UploadedWorkbook.open(file, config)) {
      WorkbookMetadata metadata = workbook.metadata();
      requireFor(metadata, obligation);
      Map<String, SheetCell> cells = workbook.answers(layout);
      Map<String, JsonNode> values = new LinkedHashMap<>();
      List<Finding> unreadable = new ArrayList<>();
      Map<String, String> unreadText = new LinkedHashMap<>();
      cells.forEach(
          (code, cell) -> {
            Field field = template.fields().get(code);
            CellReading.Read read = CellReading.read(field, cell, workbook.date1904());
            if (read.problem() == null) {
              values.put(code, read.value());
            } else {
              unreadable.add(read.problem());
              unreadText.put(code, cell.text());
            }
          });
      ReturnValues.Changes changes = ReturnValues.read(template, values);
      for (Finding finding : changes.unreadable()) {
        unreadable.add(finding);
        finding.fields().forEach(code -> unreadText.put(code, cells.get(code).text()));
      }
      return new Answers(metadata, changes.values(), unreadable, unreadText);
    }
  }

  /** The workbook must be the obligation's, or its template version's blank one. */
  private static void requireFor(WorkbookMetadata metadata, ObligationView obligation) {
    if (metadata == null) {
      throw new ProblemException(
          SpreadsheetProblems.WORKBOOK_NOT_RECOGNISED,
          "The workbook was not made by Carefile, or its metadata was changed: download the"
              + " return's workbook and fill that in");
    }
    if (!metadata.templateCode().equals(obligation.templateCode())
        || metadata.templateVersion() != obligation.templateVersion()) {
      throw new ProblemException(
          SpreadsheetProblems.WORKBOOK_OTHER_TEMPLATE,
          "The workbook is for "
              + metadata.templateCode()
              + " version "
              + metadata.templateVersion()
              + "; this obligation files "
              + obligation.templateCode()
              + " version "
              + obligation.templateVersion());
    }
    boolean blank = metadata.obligationId() == null && metadata.platformId() == null;
    if (!blank
        && (!obligation.id().equals(metadata.obligationId())
            || !obligation.platformId().equals(metadata.platformId()))) {
      throw new ProblemException(
          SpreadsheetProblems.WORKBOOK_OTHER_OBLIGATION,
          "The workbook was made for another obligation: download this obligation's workbook");
    }
  }

  /** The return must be as it was when the workbook was made: no lost update of a draft. */
  private static void requireCurrent(WorkbookMetadata metadata, FilingView filing) {
    boolean same =
        filing == null
            ? metadata.filingVersion() == null
            : Long.valueOf(filing.version()).equals(metadata.filingVersion())
                && Objects.equals(digestOf(filing), metadata.draftDigest());
    if (!same) {
      throw new ProblemException(
          SpreadsheetProblems.WORKBOOK_STALE,
          filing == null
              ? "The workbook was made for a return that no longer matches this obligation's"
              : "The return changed after the workbook was made (it is now at version "
                  + filing.version()
                  + "): download its workbook again and make the changes there");
    }
  }

  private static ProblemException refusal(Answers answers, WorkbookLayout layout) {
    List<CellFinding> findings = cellFindings(answers.unreadable(), layout);
    CellFinding first = findings.getFirst();
    return new ProblemException(
        FilingProblems.INVALID_VALUES,
        findings.size() == 1
            ? first.cells().getFirst() + ": " + first.message() + "; nothing was saved"
            : findings.size() + " cells cannot be read as their answers; nothing was saved",
        findings);
  }

  private static List<CellFinding> cellFindings(List<Finding> findings, WorkbookLayout layout) {
    return findings.stream().map(finding -> CellFinding.of(finding, layout)).toList();
  }

  private FilingView filingOf(UUID obligationId) {
    FilingReference reference =
        filingQueries.referencesFor(List.of(obligationId)).get(obligationId);
    return reference == null ? null : filingQueries.get(reference.id());
  }

  private static WorkbookMetadata metadataOf(ObligationView obligation, FilingView filing) {
    return new WorkbookMetadata(
        obligation.templateCode(),
        obligation.templateVersion(),
        obligation.id(),
        obligation.platformId(),
        filing == null ? null : filing.version(),
        filing == null ? null : digestOf(filing));
  }

  /** SHA-256 of the draft's values as canonical JSON; null when no draft is open. */
  private static String digestOf(FilingView filing) {
    return filing.draft() == null ? null : CanonicalJson.sha256(filing.draft().values());
  }

  private TemplateWorkbookWriter.Purpose purposeOf(ObligationView obligation) {
    PlatformView platform = platforms.get(obligation.platformId());
    return new TemplateWorkbookWriter.Purpose(
        obligation.templateCode() + " return of " + platform.legalName(),
        List.of(
            "Period: " + obligation.periodStart() + " to " + obligation.periodEnd(),
            "Due by: " + obligation.dueDate(),
            "Obligation: " + obligation.id(),
            "Template: " + obligation.templateCode() + " version " + obligation.templateVersion()));
  }

  private static String fileNameOf(ObligationView obligation) {
    return obligation.templateCode()
        + "-v"
        + obligation.templateVersion()
        + "-"
        + obligation.periodStart()
        + ".xlsx";
  }
}
