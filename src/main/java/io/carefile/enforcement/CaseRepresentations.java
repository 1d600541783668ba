package io.carefile.enforcement;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.security.Caller;
import io.carefile.common.text.TextRules;
import io.carefile.common.time.RegulatorCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform's representations on a provisional notice: a text and documents, accepted up to and
 * including the deadline's day ({@link CaseLifecycle#representationsOpen}) and refused afterwards.
 * Every document is checked before anything is stored: its size, its name, its declared type (one
 * of {@link DocumentTypes#ALLOWED}) and that its bytes are of that type. The bytes are stored in
 * the database with their SHA-256, in one transaction with the history entry and the audit event.
 */
@ApplicationScoped
public class CaseRepresentations {

  /** The longest representations, in characters. */
  public static final int MAX_TEXT_LENGTH = 20_000;

  /** The longest file name kept, in characters. */
  public static final int MAX_FILE_NAME_LENGTH = 255;

  private final CaseRepository cases;
  private final RepresentationRepository representations;
  private final RepresentationDocumentRepository documents;
  private final DocumentContentRepository contents;
  private final CaseHistory history;
  private final RegulatorCalendar calendar;
  private final Caller caller;
  private final int maxDocuments;
  private final long maxDocumentBytes;

  CaseRepresentations(
      CaseRepository cases,
      RepresentationRepository representations,
      RepresentationDocumentRepository documents,
      DocumentContentRepository contents,
      CaseHistory history,
      RegulatorCalendar calendar,
      Caller caller,
      EnforcementConfig config) {
    this.cases = cases;
    this.representations = representations;
    this.documents = documents;
    this.contents = contents;
    this.history = history;
    this.calendar = calendar;
    this.caller = caller;
    this.maxDocuments = config.representations().maxDocuments();
    this.maxDocumentBytes = config.representations().maxDocumentSize().asLongValue();
  }

  @Transactional
  public RepresentationView submit(UUID caseId, String text, List<UploadedDocument> uploaded) {
    EnforcementCase c = cases.getVisibleForUpdate(caseId);
    String representation = checkedText(text);
    List<CheckedDocument> checked = checkedDocuments(uploaded);
    if (c.stage != CaseStage.PROVISIONAL_NOTICE) {
      throw new ProblemException(
          EnforcementProblems.REPRESENTATIONS_NOT_INVITED,
          "Case "
              + c.reference()
              + " is "
              + c.stage
              + ": representations are made on a provisional notice, before its deadline");
    }
    if (!CaseLifecycle.representationsOpen(c.representationsDeadline, calendar.today())) {
      throw new ProblemException(
          EnforcementProblems.REPRESENTATIONS_CLOSED,
          "The deadline for representations on case "
              + c.reference()
              + " was the end of "
              + c.representationsDeadline
              + "; nothing was stored");
    }
    Representation made = new Representation();
    made.id = UUID.randomUUID();
    made.caseId = c.id;
    made.platformId = c.platformId;
    made.text = representation;
    made.submittedBy = caller.username();
    made.submittedAt = history.now();
    representations.persist(made);
    List<DocumentView> attached = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      CheckedDocument document = checked.get(i);
      RepresentationDocument stored = new RepresentationDocument();
      stored.id = UUID.randomUUID();
      stored.representationId = made.id;
      stored.caseId = c.id;
      stored.platformId = c.platformId;
      stored.position = i + 1;
      stored.fileName = document.fileName();
      stored.contentType = document.contentType();
      stored.sizeBytes = document.content().length;
      stored.sha256 = sha256(document.content());
      documents.persist(stored);
      DocumentContent content = new DocumentContent();
      content.documentId = stored.id;
      content.platformId = c.platformId;
      content.content = document.content();
      contents.persist(content);
      attached.add(DocumentView.of(stored));
    }
    representations.flush();
    RepresentationView view =
        new RepresentationView(
            made.id, made.text, made.submittedBy, made.submittedAt, List.copyOf(attached));
    history.record(
        c,
        CaseAction.REPRESENTATIONS_MADE,
        c.stage,
        caller.username(),
        null,
        "Representations made"
            + (attached.isEmpty()
                ? ""
                : " with " + attached.size() + (attached.size() == 1 ? " document" : " documents")),
        null,
        view);
    return view;
  }

  private static String checkedText(String text) {
    if (text == null || text.isBlank()) {
      throw ProblemException.onField(
          EnforcementProblems.REPRESENTATION_TEXT_REQUIRED,
          "Representations need their text; nothing was stored",
          "text",
          "is required");
    }
    int unreadable = TextRules.firstUnreadable(text);
    if (unreadable >= 0) {
      throw ProblemException.onField(
          ProblemType.INVALID_TEXT,
          "The text holds "
              + TextRules.describe(text, unreadable)
              + " at "
              + unreadable
              + ", which cannot be accepted; nothing was stored",
          "text",
          "must not contain control or invisible characters");
    }
    String readable = TextRules.readable(text);
    if (readable.codePointCount(0, readable.length()) > MAX_TEXT_LENGTH) {
      throw ProblemException.onField(
          EnforcementProblems.REPRESENTATION_TEXT_TOO_LONG,
          "Representations are at most " + MAX_TEXT_LENGTH + " characters; nothing was stored",
          "text",
          "must be at most " + MAX_TEXT_LENGTH + " characters");
    }
    return readable;
  }

  private List<CheckedDocument> checkedDocuments(List<UploadedDocument> uploaded) {
    if (uploaded.size() > maxDocuments) {
      throw ProblemException.onField(
          EnforcementProblems.TOO_MANY_DOCUMENTS,
          "Representations attach at most "
              + maxDocuments
              + " documents, not "
              + uploaded.size()
              + "; nothing was stored",
          "documents",
          "must hold at most " + maxDocuments + " documents");
    }
    List<CheckedDocument> checked = new ArrayList<>();
    for (int i = 0; i < uploaded.size(); i++) {
      checked.add(checked(uploaded.get(i), "documents[" + i + "]"));
    }
    return checked;
  }

  private CheckedDocument checked(UploadedDocument document, String field) {
    try {
      long size = Files.size(document.file());
      if (size == 0) {
        throw ProblemException.onField(
            EnforcementProblems.DOCUMENT_EMPTY,
            "A document has no content; nothing was stored",
            field,
            "is empty");
      }
      if (size > maxDocumentBytes) {
        throw ProblemException.onField(
            EnforcementProblems.DOCUMENT_TOO_LARGE,
            "A document is at most "
                + maxDocumentBytes
                + " bytes, not "
                + size
                + "; nothing was stored",
            field,
            "is larger than " + maxDocumentBytes + " bytes");
      }
      String fileName =
          fileName(document.fileName())
              .orElseThrow(
                  () ->
                      ProblemException.onField(
                          EnforcementProblems.DOCUMENT_NAME_INVALID,
                          "A document's file name must be 1 to "
                              + MAX_FILE_NAME_LENGTH
                              + " visible characters; nothing was stored",
                          field,
                          "has a file name that cannot be kept"));
      String type =
          DocumentTypes.allowed(document.declaredType())
              .orElseThrow(
                  () ->
                      ProblemException.onField(
                          EnforcementProblems.DOCUMENT_TYPE_NOT_ALLOWED,
                          "A document is sent as "
                              + printable(document.declaredType())
                              + "; accepted are "
                              + String.join(", ", DocumentTypes.ALLOWED)
                              + ". Nothing was stored",
                          field,
                          "is not of an accepted type"));
      if (!DocumentTypes.contentIs(type, document.file())) {
        throw ProblemException.onField(
            EnforcementProblems.DOCUMENT_CONTENT_MISMATCH,
            "A document sent as " + type + " is not " + type + "; nothing was stored",
            field,
            "is not " + type);
      }
      return new CheckedDocument(fileName, type, Files.readAllBytes(document.file()));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The name's last path segment, when it can be kept and shown. */
  private static Optional<String> fileName(String sent) {
    if (sent == null) {
      return Optional.empty();
    }
    String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    name = TextRules.readable(name.strip());
    if (name.isEmpty()
        || name.equals(".")
        || name.equals("..")
        || name.codePointCount(0, name.length()) > MAX_FILE_NAME_LENGTH
        || TextRules.firstUnreadable(name) >= 0) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  private static String printable(String declared) {
    if (declared == null) {
      return "no type";
    }
    String shown = declared.length() > 100 ? declared.substring(0, 100) : declared;
    return TextRules.firstUnstorable(shown) >= 0 ? "an unreadable type" : "'" + shown + "'";
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record CheckedDocument(String fileName, String contentType, byte[] content) {}
}
