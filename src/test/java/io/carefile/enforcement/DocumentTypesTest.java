package io.carefile.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document is of a type when its bytes are, whatever its sender declared. */
class DocumentTypesTest {

  private static final Map<String, byte[]> SAMPLES =
      Map.of(
          "pdf", DocumentSamples.pdf(),
          "png", DocumentSamples.png(),
          "jpeg", DocumentSamples.jpeg(),
          "docx", DocumentSamples.docx(),
          "text", DocumentSamples.text(),
          "zip", DocumentSamples.plainZip(),
          "latin1", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1),
          "nul", "a\u0000b".getBytes(StandardCharsets.UTF_8),
          "html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

  @TempDir Path folder;

  @ParameterizedTest(name = "{0} bytes as {1}: {2}")
  @CsvSource({
    "pdf, application/pdf, true",
    "png, image/png, true",
    "jpeg, image/jpeg, true",
    "docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, true",
    "text, text/plain, true",
    "html, text/plain, true",
    "pdf, image/png, false",
    "png, application/pdf, false",
    "jpeg, image/png, false",
    "text, application/pdf, false",
    "zip, application/vnd.openxmlformats-officedocument.wordprocessingml.document, false",
    "pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, false",
    "latin1, text/plain, false",
    "nul, text/plain, false",
    "png, text/plain, false",
  })
  void theBytesDecide(String sample, String type, boolean matches) throws IOException {
    Path file = Files.write(folder.resolve(sample), SAMPLES.get(sample));
    assertThat(DocumentTypes.contentIs(type, file)).isEqualTo(matches);
  }

  @ParameterizedTest(name = "declared {0}: {1}")
  @CsvSource({
    "application/pdf, application/pdf",
    "Application/PDF, application/pdf",
    "'text/plain; charset=UTF-8', text/plain",
    "image/png, image/png",
    "image/jpeg, image/jpeg",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
        + " application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/octet-stream, -",
    "text/html, -",
    "image/svg+xml, -",
    "application/zip, -",
    "'', -",
  })
  void onlyTheAcceptedTypesMayBeDeclared(String declared, String stored) {
    assertThat(DocumentTypes.allowed(declared).orElse("-")).isEqualTo(stored);
  }

  @Test
  void noDeclarationIsNoType() {
    assertThat(DocumentTypes.allowed(null)).isEmpty();
  }
}
