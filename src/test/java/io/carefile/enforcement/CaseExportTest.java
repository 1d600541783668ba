package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASES;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.opened;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.export.Exports;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The enforcement cases as a spreadsheet: a platform's own cases only, the filters applied. */
@QuarkusTest
class CaseExportTest {

  @Test
  void aPlatformExportsItsOwnCasesAlone() throws IOException {
    TestPlatform own = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String ownCase = opened(own);
    opened(other);

    Response answer = as(own.officer()).accept(Exports.SPREADSHEET).get(CASES);

    answer.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = workbook(answer)) {
      XSSFSheet data = book.getSheet("Enforcement cases");
      assertThat(column(data, 1)).containsExactly(ownCase);
      assertThat(column(data, 2)).containsOnly(own.platformId());
      XSSFRow row = data.getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).startsWith("ENF-");
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("OPEN");
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo("OFFICER");
      assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(row.getCell(6))).isTrue();
    }
  }

  @Test
  void aRegulatorsFiltersApply() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String opened = opened(platform);

    Response answer =
        as(OFFICER)
            .accept(Exports.SPREADSHEET)
            .queryParam("platformId", platform.platformId())
            .queryParam("stage", "OPEN")
            .get(CASES);

    answer.then().statusCode(200);
    try (XSSFWorkbook book = workbook(answer)) {
      assertThat(column(book.getSheet("Enforcement cases"), 1)).containsExactly(opened);
    }
    as(OFFICER)
        .accept(Exports.SPREADSHEET)
        .queryParam("stage", "DECIDED")
        .get(CASES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static XSSFWorkbook workbook(Response answer) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()));
  }

  private static List<String> column(XSSFSheet sheet, int index) {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      values.add(sheet.getRow(i).getCell(index).getStringCellValue());
    }
    return values;
  }
}
