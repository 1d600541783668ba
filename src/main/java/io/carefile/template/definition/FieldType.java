package io.carefile.template.definition;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of value a return field holds; written in lower case in template files. */
public enum FieldType {
  INTEGER("integer"),
  DECIMAL("decimal"),
  /** A percentage from 0 to 100, never a ratio from 0 to 1. */
  PERCENTAGE("percentage"),
  BOOLEAN("boolean"),
  TEXT("text"),
  DATE("date"),
  SINGLE_CHOICE("single_choice"),
  MULTIPLE_CHOICE("multiple_choice");

  private final String code;

  FieldType(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL || this == PERCENTAGE;
  }

  public boolean isChoice() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
