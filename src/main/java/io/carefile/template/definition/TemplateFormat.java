package io.carefile.template.definition;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Locale;
import java.util.Optional;

/** The two notations a template document may be written in. */
public enum TemplateFormat {
  YAML(YAMLMapper.builder()),
  JSON(JsonMapper.builder());

  private final ObjectMapper mapper;

  TemplateFormat(MapperBuilder<?, ?> builder) {
    // Exact decimals (bounds, weights and shares never pass through double), a key written twice
    // is an error rather than a silent overwrite, and nothing may follow the document.
    this.mapper =
        builder
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** The format a template file's name implies, if any. */
  public static Optional<TemplateFormat> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
