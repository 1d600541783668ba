package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.LONDON;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.noticed;
import static io.carefile.enforcement.EnforcementFixtures.opened;
import static io.carefile.enforcement.EnforcementFixtures.read;
import static io.carefile.enforcement.EnforcementFixtures.step;
import static io.carefile.enforcement.EnforcementFixtures.today;
import static io.carefile.enforcement.EnforcementFixtures.transition;
import static io.carefile.enforcement.EnforcementFixtures.version;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.export.Exports;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The penalties and their payments as a spreadsheet: money cells, and a platform's own alone. */
@QuarkusTest
class PenaltyExportTest {

  @Inject TestClock clock;

  @Test
  void aPlatformExportsItsOwnPenaltiesWithWhatHasBeenPaid() throws IOException {
    TestPlatform own = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String penalty = penalised(own);
    penalised(other);
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "reference",
                "PAY-" + penalty.substring(0, 8),
                "amount",
                gbp("1000.00"),
                "receivedOn",
                today().toString()))
        .post("/api/v1/penalties/{id}/payments", penalty)
        .then()
        .statusCode(201);

    Response answer = as(own.officer()).accept(Exports.SPREADSHEET).get("/api/v1/penalties");

    answer.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()))) {
      XSSFSheet data = book.getSheet("Penalties");
      assertThat(data.getLastRowNum()).as("its own penalty alone").isEqualTo(1);
      XSSFRow row = data.getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(penalty);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(own.platformId());
      assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(50_000d);
      assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("\"£\"#,##0.00");
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1_000d);
      assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(49_000d);
      assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(1d);
      assertThat(row.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today());
    }
  }

  /** A case against the platform confirmed with a daily-rate penalty of £50,000: its id. */
  private String penalised(TestPlatform platform) {
    String id = opened(platform);
    LocalDate deadline = today().plusDays(1);
    noticed(id, deadline);
    try {
      clock.set(deadline.plusDays(1).atTime(12, 0).atZone(LONDON).toInstant());
      Map<String, Object> body = transition("CONFIRM", version(id));
      Map<String, Object> daily = new HashMap<>();
      daily.put("dailyAmount", gbp("5000.00"));
      daily.put("days", 10);
      daily.put("worldwideRevenue", gbp("100000000.00"));
      daily.put("worldwideRevenueMonths", 12);
      daily.put("imposedForSameBreach", gbp("0"));
      body.put("penalty", Map.of("dailyRate", daily));
      step(OFFICER, id, body).statusCode(200);
    } finally {
      clock.reset();
    }
    return read(OFFICER, id).getString("penaltyId");
  }

  private static Map<String, Object> gbp(String amount) {
    return Map.of("amount", new BigDecimal(amount), "currency", "GBP");
  }
}
