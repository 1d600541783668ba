package io.carefile.template.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in the format reference is a valid template, so the reference cannot drift. */
class TemplateFormatReferenceTest {

  @Test
  void theReferenceExampleCompiles() throws IOException {
    String reference = Files.readString(Path.of("config/templates/README.md"));
    String example = reference.substring(reference.indexOf("## Example"));
    example = example.substring(example.indexOf("```yaml") + "```yaml".length());
    example = example.substring(0, example.indexOf("```"));

    CompiledTemplate template = TemplateCompiler.compile("README.md", example, TemplateFormat.YAML);

    assertThat(template.code()).isEqualTo("EXAMPLE-Q");
    assertThat(template.rules())
        .extracting(CompiledRule::id)
        .containsExactly("EXQ-R001", "EXQ-R002");
    assertThat(template.indicators())
        .extracting(CompiledIndicator::code)
        .containsExactly("removal_rate");
  }
}
