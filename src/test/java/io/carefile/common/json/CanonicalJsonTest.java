package io.carefile.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 (JSON Canonicalization Scheme): the same value always gives the same bytes. */
class CanonicalJsonTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0",
    "-0, 0",
    "1, 1",
    "4.50, 4.5",
    "0.002, 0.002",
    "0.000001, 0.000001",
    "0.0000001, 1e-7",
    "1e21, 1e+21",
    "1e30, 1e+30",
    "123456789012345680000, 123456789012345680000",
    "9007199254740992, 9007199254740992",
    "333333333.33333329, 333333333.3333333",
    "-1.5e-10, -1.5e-10",
    "295147905179352830000, 295147905179352830000"
  })
  void numbersFollowEcmaScriptFormatting(String input, String canonical) {
    assertThat(CanonicalJson.number(new BigDecimal(input))).isEqualTo(canonical);
  }

  @Test
  void membersAreSortedByUtf16CodeUnitsWithoutWhitespace() throws Exception {
    String json =
        "{\"b\": [1, true, null], \"a\": {\"\\u00e9\": \"x\", \"Z\": 2}, \"\\ud83d\\ude00\": 3,"
            + " \"\\ufb33\": 4}";
    assertThat(CanonicalJson.of(new ObjectMapper().readTree(json)))
        .isEqualTo(
            "{\"a\":{\"Z\":2,\"\u00e9\":\"x\"},\"b\":[1,true,null],\"\ud83d\ude00\":3,\"\ufb33\":4}");
  }

  @Test
  void stringsEscapeOnlyWhatJsonRequires() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", "line\nbreak \"quoted\" \\ tab\t \u0001 € </script>");
    assertThat(CanonicalJson.of(value))
        .isEqualTo("{\"text\":\"line\\nbreak \\\"quoted\\\" \\\\ tab\\t \\u0001 € </script>\"}");
  }

  @Test
  void digestIsLowerCaseHexSha256OfTheCanonicalBytes() {
    assertThat(CanonicalJson.sha256(Map.of("b", 2, "a", List.of("x"))))
        .isEqualTo(CanonicalJson.sha256Hex("{\"a\":[\"x\"],\"b\":2}"))
        .matches("[0-9a-f]{64}");
    assertThat(CanonicalJson.sha256Hex(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
