package io.carefile.export;

import static io.carefile.export.SpreadsheetExportTest.column;
import static io.carefile.export.SpreadsheetExportTest.spreadsheet;
import static io.carefile.export.SpreadsheetExportTest.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The review queue as a spreadsheet: the regulator's alone, with the queue's filters. */
@QuarkusTest
class ReviewQueueExportTest {

  @Test
  void aRegulatorExportsTheQueueFilteredWithTypedScores() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);

    Response answer =
        spreadsheet(
            SubmittedReturns.as("regulator-analyst")
                .queryParam("platformId", platform.platformId()),
            "/api/v1/reviews");

    answer.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = workbook(answer)) {
      XSSFSheet data = book.getSheet("Review queue");
      assertThat(column(data, 0)).containsExactly(filing);
      XSSFRow row = data.getRow(1);
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("SUBMITTED");
      assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(18).getCellType()).isEqualTo(CellType.NUMERIC);
    }
  }

  @Test
  void aPlatformMayNotExportTheQueue() {
    TestPlatform platform = TestPlatforms.newPlatform();

    spreadsheet(SubmittedReturns.as(platform.officer()), "/api/v1/reviews").then().statusCode(403);
  }
}
