package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASE;
import static io.carefile.enforcement.EnforcementFixtures.LONDON;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.auditEvents;
import static io.carefile.enforcement.EnforcementFixtures.noticed;
import static io.carefile.enforcement.EnforcementFixtures.opened;
import static io.carefile.enforcement.EnforcementFixtures.read;
import static io.carefile.enforcement.EnforcementFixtures.refused;
import static io.carefile.enforcement.EnforcementFixtures.rows;
import static io.carefile.enforcement.EnforcementFixtures.today;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's representations on a provisional notice: accepted up to the end of the deadline's
 * day, refused after it and at any other stage; each document checked by its bytes, its size, its
 * name and the number of them, and nothing stored when any is refused; downloads as attachments of
 * the recognised type.
 */
@QuarkusTest
class RepresentationsTest {

  private static final String PDF = "application/pdf";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject TestClock clock;

  private static TestPlatform platform;

  @BeforeEach
  void arrange() {
    if (platform == null) {
      platform = TestPlatforms.newPlatform();
    }
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void thePlatformMakesRepresentationsWithDocumentsItCanDownloadAsAttachments() throws Exception {
    String id = noticedCase(today().plusDays(7));
    long audited = auditEvents(owner, id);

    MultipartBody body =
        new MultipartBody()
            .text("text", "We did switch hash matching on, on 3 March.")
            .file("documents", "../../evidence/log.pdf", PDF, DocumentSamples.pdf())
            .file("documents", "screenshot.png", "image/png", DocumentSamples.png())
            .file("documents", "photo.jpg", "image/jpeg", DocumentSamples.jpeg())
            .file("documents", "policy.docx", DOCX, DocumentSamples.docx())
            .file(
                "documents",
                "notes \u2014 M\u00e4rz.txt",
                "text/plain; charset=UTF-8",
                DocumentSamples.text());
    JsonPath made = send(id, body).statusCode(201).extract().jsonPath();

    assertThat(made.getString("text")).isEqualTo("We did switch hash matching on, on 3 March.");
    assertThat(made.getString("submittedBy")).isEqualTo(platform.officer());
    assertThat(made.getList("documents.fileName"))
        .containsExactly(
            "log.pdf", "screenshot.png", "photo.jpg", "policy.docx", "notes — März.txt");
    assertThat(made.getList("documents.contentType"))
        .containsExactly(PDF, "image/png", "image/jpeg", DOCX, "text/plain");
    assertThat(made.getLong("documents[0].sizeBytes")).isEqualTo(DocumentSamples.pdf().length);
    assertThat(made.getString("documents[0].sha256")).isEqualTo(sha256(DocumentSamples.pdf()));
    assertThat(auditEvents(owner, id)).isEqualTo(audited + 1);

    for (String reader : List.of(OFFICER, "regulator-analyst", platform.officer())) {
      JsonPath listed =
          as(reader).get(CASE + "/representations", id).then().statusCode(200).extract().jsonPath();
      assertThat(listed.getList("id")).containsExactly(made.getString("id"));
      assertThat(listed.getList("[0].documents.sha256"))
          .isEqualTo(made.getList("documents.sha256"));
    }
    ExtractableResponse<Response> pdf =
        download(OFFICER, id, made.getString("id"), made.getString("documents[0].id"))
            .statusCode(200)
            .extract();
    assertThat(pdf.asByteArray()).isEqualTo(DocumentSamples.pdf());
    assertThat(pdf.contentType()).isEqualTo(PDF);
    assertThat(pdf.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"log.pdf\"; filename*=UTF-8''log.pdf");
    assertThat(pdf.header("X-Content-Type-Options")).isEqualTo("nosniff");
    ExtractableResponse<Response> text =
        download(platform.officer(), id, made.getString("id"), made.getString("documents[4].id"))
            .statusCode(200)
            .extract();
    assertThat(text.asByteArray()).isEqualTo(DocumentSamples.text());
    assertThat(text.header("Content-Disposition"))
        .isEqualTo(
            "attachment; filename=\"notes _ M_rz.txt\";"
                + " filename*=UTF-8''notes%20%E2%80%94%20M%C3%A4rz.txt");
    JsonPath history =
        as(platform.officer()).get(CASE + "/history", id).then().extract().jsonPath();
    assertThat(history.getList("items.action")).last().isEqualTo("REPRESENTATIONS_MADE");
    assertThat(history.getList("items.actor")).last().isEqualTo(platform.officer());
  }

  @Test
  void representationsAreAcceptedUntilTheEndOfTheDeadlinesDayAndRefusedAfterIt() throws Exception {
    LocalDate deadline = today().plusDays(2);
    String id = noticedCase(deadline);

    clock.set(deadline.atTime(23, 45).atZone(LONDON).toInstant());
    represent(id, "Last-minute representations").statusCode(201);
    assertThat(read(platform.officer(), id).getBoolean("representationsOpen")).isTrue();

    clock.set(deadline.plusDays(1).atTime(0, 5).atZone(LONDON).toInstant());
    assertThat(read(platform.officer(), id).getBoolean("representationsOpen")).isFalse();
    long stored = rows(owner, "enforcement_representation", id);
    long documents = rows(owner, "enforcement_representation_document", id);
    long audited = auditEvents(owner, id);
    refused(
        as(platform.officer())
            .multiPart("text", "Too late")
            .multiPart("documents", "late.pdf", DocumentSamples.pdf(), PDF)
            .post(CASE + "/representations", id)
            .then(),
        409,
        "representations-closed");
    assertThat(rows(owner, "enforcement_representation", id)).isEqualTo(stored);
    assertThat(rows(owner, "enforcement_representation_document", id)).isEqualTo(documents);
    assertThat(auditEvents(owner, id)).isEqualTo(audited);
  }

  @Test
  void representationsAreMadeOnlyOnAProvisionalNotice() throws Exception {
    String id = opened(platform);
    refused(represent(id, "Too early"), 409, "representations-not-invited");
    assertThat(rows(owner, "enforcement_representation", id)).isZero();
  }

  @Test
  void onlyTheCasesPlatformMakesRepresentations() throws Exception {
    String id = noticedCase(today().plusDays(3));
    for (String regulator : List.of(OFFICER, "regulator-analyst", "regulator-admin")) {
      refused(represent(regulator, id, "Not theirs to make"), 403, "forbidden");
    }
    TestPlatform other = TestPlatforms.newPlatform();
    refused(represent(other.officer(), id, "Not ours"), 404, "not-found");
    assertThat(rows(owner, "enforcement_representation", id)).isZero();
  }

  @Test
  void documentsThatAreNotWhatTheySayOrTooBigOrTooManyAreRefusedAndNothingIsStored()
      throws Exception {
    String id = noticedCase(today().plusDays(3));
    long audited = auditEvents(owner, id);

    assertField(
        refused(
            withDocument(id, "fake.png", DocumentSamples.pdf(), "image/png"),
            422,
            "document-content-mismatch"),
        "documents[0]");
    refused(
        withDocument(id, "script.pdf", "<script>alert(1)</script>".getBytes(), PDF),
        422,
        "document-content-mismatch");
    refused(
        withDocument(id, "archive.docx", DocumentSamples.plainZip(), DOCX),
        422,
        "document-content-mismatch");
    refused(
        withDocument(id, "binary.txt", DocumentSamples.png(), "text/plain"),
        422,
        "document-content-mismatch");
    refused(
        withDocument(id, "page.html", "<html></html>".getBytes(), "text/html"),
        415,
        "document-type-not-allowed");
    refused(
        withDocument(id, "archive.zip", DocumentSamples.plainZip(), "application/zip"),
        415,
        "document-type-not-allowed");
    refused(
        withDocument(id, "data.bin", DocumentSamples.pdf(), "application/octet-stream"),
        415,
        "document-type-not-allowed");
    refused(withDocument(id, "empty.pdf", new byte[0], PDF), 400, "document-empty");
    refused(
        send(
            id,
            new MultipartBody()
                .text("text", "A reversed name")
                .file("documents", "\u202Efdp.exe", PDF, DocumentSamples.pdf())),
        400,
        "document-name-invalid");
    refused(
        withDocument(id, "big.pdf", DocumentSamples.pdfOfSize(5 * 1024 * 1024 + 1), PDF),
        413,
        "document-too-large");
    RequestSpecification six = as(platform.officer()).multiPart("text", "Six documents");
    for (int i = 0; i < 6; i++) {
      six.multiPart("documents", "d" + i + ".pdf", DocumentSamples.pdf(), PDF);
    }
    assertField(
        refused(six.post(CASE + "/representations", id).then(), 400, "too-many-documents"),
        "documents");
    // One bad document among good ones refuses all of them.
    refused(
        as(platform.officer())
            .multiPart("text", "Mixed")
            .multiPart("documents", "good.pdf", DocumentSamples.pdf(), PDF)
            .multiPart("documents", "bad.jpg", DocumentSamples.png(), "image/jpeg")
            .post(CASE + "/representations", id)
            .then(),
        422,
        "document-content-mismatch");

    assertThat(rows(owner, "enforcement_representation", id)).isZero();
    assertThat(rows(owner, "enforcement_representation_document", id)).isZero();
    assertThat(auditEvents(owner, id)).isEqualTo(audited);

    // At the limits: five documents, one of exactly the largest size.
    RequestSpecification five = as(platform.officer()).multiPart("text", "Five documents");
    five.multiPart("documents", "big.pdf", DocumentSamples.pdfOfSize(5 * 1024 * 1024), PDF);
    for (int i = 1; i < 5; i++) {
      five.multiPart("documents", "d" + i + ".pdf", DocumentSamples.pdf(), PDF);
    }
    five.post(CASE + "/representations", id).then().statusCode(201);
  }

  @Test
  void theTextIsRequiredReadableAndAtMostTwentyThousandCharacters() throws Exception {
    String id = noticedCase(today().plusDays(3));
    assertField(
        refused(
            as(platform.officer())
                .multiPart("documents", "a.pdf", DocumentSamples.pdf(), PDF)
                .post(CASE + "/representations", id)
                .then(),
            400,
            "representation-text-required"),
        "text");
    refused(represent(id, "   "), 400, "representation-text-required");
    assertField(
        refused(represent(id, "x".repeat(20_001)), 400, "representation-text-too-long"), "text");
    assertField(
        refused(
            send(id, new MultipartBody().text("text", "Hidden \u202E text")), 400, "invalid-text"),
        "text");
    refused(
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body("{\"text\": \"As JSON\"}")
            .post(CASE + "/representations", id)
            .then(),
        415,
        "unsupported-media-type");
    assertThat(rows(owner, "enforcement_representation", id)).isZero();
    represent(id, "y".repeat(20_000)).statusCode(201);
  }

  @Test
  void aDocumentIsReadOnlyThroughItsOwnCaseAndRepresentation() {
    String id = noticedCase(today().plusDays(3));
    JsonPath made =
        withDocument(id, "a.pdf", DocumentSamples.pdf(), PDF).statusCode(201).extract().jsonPath();
    String other = noticedCase(today().plusDays(3));
    refused(
        download(OFFICER, other, made.getString("id"), made.getString("documents[0].id")),
        404,
        "not-found");
    refused(download(OFFICER, id, other, made.getString("documents[0].id")), 404, "not-found");
  }

  @Test
  void aBodyThatIsNotAWholeMultipartFormIsMalformedAndStoresNothing() throws Exception {
    String id = noticedCase(today().plusDays(3));
    for (String broken :
        List.of(
            "",
            "{\"text\": \"As JSON\"}",
            "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nno closing boundary")) {
      refused(
          as(platform.officer())
              .contentType("multipart/form-data; boundary=x")
              .body(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .post(CASE + "/representations", id)
              .then(),
          400,
          "malformed-body");
    }
    assertThat(rows(owner, "enforcement_representation", id)).isZero();
  }

  private String noticedCase(LocalDate deadline) {
    String id = opened(platform);
    noticed(id, deadline);
    return id;
  }

  private static ValidatableResponse represent(String id, String text) {
    return represent(platform.officer(), id, text);
  }

  private static ValidatableResponse represent(String user, String id, String text) {
    return as(user).multiPart("text", text).post(CASE + "/representations", id).then();
  }

  private static ValidatableResponse withDocument(
      String id, String name, byte[] content, String type) {
    return as(platform.officer())
        .multiPart("text", "With a document")
        .multiPart("documents", name, content, type)
        .post(CASE + "/representations", id)
        .then();
  }

  private static ValidatableResponse send(String id, MultipartBody body) {
    return as(platform.officer())
        .contentType(body.contentType())
        .body(body.bytes())
        .post(CASE + "/representations", id)
        .then();
  }

  static ValidatableResponse download(
      String user, String id, String representation, String document) {
    return as(user)
        .get(CASE + "/representations/{r}/documents/{d}", id, representation, document)
        .then();
  }

  private static void assertField(JsonPath problem, String field) {
    assertThat(problem.getString("errors[0].field")).isEqualTo(field);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
