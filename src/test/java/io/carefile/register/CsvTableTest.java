package io.carefile.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableTest {

  @Test
  void recordsEndWithCrlfAndFieldsAreQuotedOnlyWhenTheyMustBe() {
    String csv =
        new CsvTable(List.of("a", "b", "c"))
            .row(List.of("plain", "with, comma", "say \"no\""))
            .row(Arrays.asList("two\nlines", null, "cr\rinside"))
            .text();

    assertThat(csv)
        .isEqualTo(
            "a,b,c\r\n"
                + "plain,\"with, comma\",\"say \"\"no\"\"\"\r\n"
                + "\"two\nlines\",,\"cr\rinside\"\r\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
        "+44 20 7946 0000|'+44 20 7946 0000",
        "-1+2|'-1+2",
        "@SUM(A1)|'@SUM(A1)",
        "=1,2|\"'=1,2\"",
        "a=1|a=1",
        "2026-05-01|2026-05-01"
      })
  void aFieldASpreadsheetWouldRunIsWrittenAsText(String value, String written) {
    assertThat(CsvTable.field(value)).isEqualTo(written);
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreDisarmedToo() {
    assertThat(CsvTable.field("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvTable.field("\r=1")).isEqualTo("\"'\r=1\"");
  }

  @Test
  void namesAreUtf8() {
    byte[] bytes = new CsvTable(List.of("platform")).row(List.of("Zürich Ltd – 日本")).bytes();

    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("platform\r\nZürich Ltd – 日本\r\n");
    assertThat(bytes).startsWith("platform".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aRecordMustHaveAFieldPerColumn() {
    assertThatThrownBy(() -> new CsvTable(List.of("a", "b")).row(List.of("only")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
