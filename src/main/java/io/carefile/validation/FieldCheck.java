package io.carefile.validation;

/**
 * The rule ids of the checks every field gets from its definition in the template, before any of
 * the template's own rules run.
 */
public final class FieldCheck {

  /** A value for a field the template does not have. */
  public static final String UNKNOWN = "FIELD-UNKNOWN";

  /** A value that cannot be read as the field's type. */
  public static final String TYPE = "FIELD-TYPE";

  public static final String REQUIRED = "FIELD-REQUIRED";
  public static final String MIN = "FIELD-MIN";
  public static final String MAX = "FIELD-MAX";

  /**
   * A number beyond what any numeric field holds ({@link
   * io.carefile.template.definition.NumberRange}).
   */
  public static final String RANGE = "FIELD-RANGE";

  public static final String PERCENTAGE = "FIELD-PERCENTAGE";
  public static final String CHOICE = "FIELD-CHOICE";
  public static final String LENGTH = "FIELD-LENGTH";

  private FieldCheck() {}
}
