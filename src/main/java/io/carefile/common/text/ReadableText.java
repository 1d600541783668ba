package io.carefile.common.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text people read in registers and pages: names, reasons, explanations ({@link
 * TextRules#firstUnreadable}). The record holding it stores it through {@link TextRules#readable},
 * in normalisation form C.
 */
@Documented
@Constraint(validatedBy = ReadableText.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadableText {

  String message() default
      "must not contain control or invisible characters (such as zero-width spaces or"
          + " right-to-left overrides)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ReadableText, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || TextRules.firstUnreadable(value) < 0;
    }
  }
}
