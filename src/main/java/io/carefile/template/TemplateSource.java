package io.carefile.template;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** How a template version was published: from a file at start, or uploaded through the API. */
public enum TemplateSource {
  FILE("file"),
  API("api");

  private final String code;

  TemplateSource(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** Stored in lower case, as the schema's check constraint expects. */
  @Converter(autoApply = true)
  public static class Column implements AttributeConverter<TemplateSource, String> {

    @Override
    public String convertToDatabaseColumn(TemplateSource source) {
      return source == null ? null : source.code;
    }

    @Override
    public TemplateSource convertToEntityAttribute(String code) {
      for (TemplateSource source : values()) {
        if (source.code.equals(code)) {
          return source;
        }
      }
      throw new IllegalStateException("Unknown template source in the database: " + code);
    }
  }
}
