package io.carefile.filing.spreadsheet;

import static io.carefile.filing.spreadsheet.Workbooks.as;
import static io.carefile.filing.spreadsheet.Workbooks.download;
import static io.carefile.filing.spreadsheet.Workbooks.edited;
import static io.carefile.filing.spreadsheet.Workbooks.entries;
import static io.carefile.filing.spreadsheet.Workbooks.fill;
import static io.carefile.filing.spreadsheet.Workbooks.upload;
import static io.carefile.filing.spreadsheet.Workbooks.withPart;
import static io.carefile.filing.spreadsheet.Workbooks.zip;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of hostile or wrong file is refused with its own code before anything is saved: the
 * obligation never gets a return. The files are made here, byte by byte where a real one cannot be.
 */
@QuarkusTest
class HostileWorkbookTest {

  // Every test here is refused and changes nothing (each asserts so), so they share one platform.
  private static TestPlatform platform;
  private static String obligation;
  private static byte[] filled;

  // Once per class, from the first test: RestAssured points at the application only around each
  // test, not in @BeforeAll.
  @BeforeEach
  void onePlatformForEveryRefusal() {
    if (filled != null) {
      return;
    }
    platform = TestPlatforms.newPlatform();
    obligation = Workbooks.csamObligation(platform);
    filled =
        edited(
            download(platform.officer(), obligation),
            book -> fill(book, ReturnSamples.csamQuarter()));
  }

  @AfterEach
  void nothingWasSaved() {
    as(platform.officer())
        .queryParam("obligationId", obligation)
        .get("/api/v1/filings")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void anUploadWithoutItsFilePart() {
    as(platform.officer())
        .multiPart("something", "else")
        .post("/api/v1/obligations/" + obligation + "/workbook")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:workbook-required"))
        .body("errors[0].field", equalTo("workbook"));
  }

  @Test
  void aFileAboveTheUploadLimit() {
    byte[] noise = new byte[6 * 1024 * 1024];
    new Random(12).nextBytes(noise);
    refused(zipStored("xl/media/noise.bin", noise), 413, "workbook-too-large");
  }

  @Test
  void aRenamedPdf() {
    refused(
        "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII),
        415,
        "not-a-workbook");
  }

  @Test
  void aLegacyXls() {
    byte[] ole2 = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    refused(ole2, 415, "not-a-workbook");
  }

  @Test
  void aCsv() {
    refused(
        "items_detected_total,items_removed\n1000,990\n".getBytes(StandardCharsets.UTF_8),
        415,
        "not-a-workbook");
  }

  @Test
  void aZipThatHoldsNoWorkbook() {
    Map<String, byte[]> document = new LinkedHashMap<>();
    document.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
    document.put("word/document.xml", "<document/>".getBytes(StandardCharsets.UTF_8));
    refused(zip(document), 415, "not-a-workbook");
  }

  @Test
  void aDamagedZip() {
    byte[] damaged = filled.clone();
    // Keep the local header's signature, break the central directory at the end.
    for (int i = damaged.length - 200; i < damaged.length; i++) {
      damaged[i] = 0x55;
    }
    refused(damaged, 422, "workbook-unreadable");
  }

  @Test
  void aSheetThatIsNotXml() {
    refused(
        withPart(
            filled,
            "xl/worksheets/sheet4.xml",
            xml -> "<worksheet".getBytes(StandardCharsets.UTF_8)),
        422,
        "workbook-unreadable");
  }

  @Test
  void aZipBomb() {
    // 40 MB of zeros deflate to about 40 KB: a ratio of 1/1000.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries(filled).entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
      out.setLevel(Deflater.BEST_COMPRESSION);
      out.putNextEntry(new ZipEntry("xl/media/bomb.bin"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 40; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    refused(bytes.toByteArray(), 422, "workbook-inflates-too-far");
  }

  @Test
  void tooManyEntries() {
    Map<String, byte[]> many = new LinkedHashMap<>(entries(filled));
    for (int i = 0; i < 250; i++) {
      many.put("xl/media/part" + i + ".bin", new byte[] {1});
    }
    refused(zip(many), 422, "workbook-too-many-entries");
  }

  @Test
  void duplicateEntryNames() {
    Map<String, byte[]> parts = new LinkedHashMap<>(entries(filled));
    parts.put("xl/media/twin-a.bin", new byte[] {1});
    parts.put("xl/media/twin-b.bin", new byte[] {2});
    // ZipOutputStream refuses a second entry of one name, so the name is patched in the bytes.
    String zip = new String(zip(parts), StandardCharsets.ISO_8859_1);
    byte[] twins =
        zip.replace("xl/media/twin-b.bin", "xl/media/twin-a.bin")
            .getBytes(StandardCharsets.ISO_8859_1);
    refused(twins, 422, "workbook-duplicate-entry");
  }

  @Test
  void anExternalEntity() {
    byte[] hostile =
        withPart(
            filled,
            "xl/workbook.xml",
            xml ->
                new String(xml, StandardCharsets.UTF_8)
                    .replaceFirst(
                        "\\?>",
                        "?><!DOCTYPE workbook [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                    .getBytes(StandardCharsets.UTF_8));
    refused(hostile, 422, "workbook-doctype");
  }

  @Test
  void tooManySheets() {
    refused(
        edited(
            filled,
            book -> {
              book.unLockStructure();
              for (int i = 0; i < 60; i++) {
                book.createSheet("Extra " + i);
              }
            }),
        422,
        "workbook-too-many-sheets");
  }

  @Test
  void tooManyRows() {
    refused(
        edited(
            filled,
            book -> {
              Sheet detection = book.getSheet("Detection");
              for (int row = 20; row < 1500; row++) {
                detection.createRow(row).createCell(1).setCellValue("filler");
              }
            }),
        422,
        "workbook-too-many-rows");
  }

  @Test
  void tooManyColumns() {
    refused(
        edited(filled, book -> book.getSheet("Detection").getRow(4).createCell(60).setCellValue(1)),
        422,
        "workbook-too-many-columns");
  }

  @Test
  void aWorkbookCarefileDidNotMake() {
    refused(Workbooks.bytes(new XSSFWorkbook()), 422, "workbook-not-recognised");
  }

  @Test
  void editedMetadata() {
    refused(
        edited(
            filled,
            book ->
                book.getSheet("Metadata")
                    .getRow(2)
                    .getCell(1)
                    .setCellValue(UUID.randomUUID().toString())),
        422,
        "workbook-not-recognised");
  }

  @Test
  void moveRows() {
    refused(
        edited(filled, book -> book.getSheet("Detection").shiftRows(4, 10, 1)),
        422,
        "workbook-layout-changed");
  }

  @Test
  void anotherTemplatesWorkbook() {
    byte[] other =
        as(platform.officer())
            .get("/api/v1/templates/DOC-ANNUAL/versions/1/workbook")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    refused(other, 422, "workbook-other-template");
  }

  @Test
  void anotherObligationsWorkbook() {
    String elsewhere = UUID.randomUUID().toString();
    refused(
        edited(
            filled,
            book -> {
              book.getSheet("Metadata").getRow(2).getCell(1).setCellValue(elsewhere);
              book.getProperties()
                  .getCustomProperties()
                  .getProperty("carefile.obligation-id")
                  .setLpwstr(elsewhere);
            }),
        422,
        "workbook-other-obligation");
  }

  @Test
  void hostileFilesToTheMarkedCopyAreRefusedAlike() {
    as(platform.officer())
        .multiPart(
            "workbook",
            "return.xlsx",
            "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
            Workbooks.XLSX)
        .post("/api/v1/obligations/" + obligation + "/workbook/annotated")
        .then()
        .statusCode(415)
        .body("type", equalTo("urn:carefile:problem:not-a-workbook"));
  }

  private void refused(byte[] file, int status, String code) {
    upload(platform.officer(), obligation, file)
        .statusCode(status)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:" + code));
  }

  private static byte[] zipStored(String name, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(Deflater.NO_COMPRESSION);
      out.putNextEntry(new ZipEntry(name));
      out.write(content);
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
