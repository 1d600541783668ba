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
 * Text that can be stored ({@link TextRules#firstUnstorable}): for identifiers, codes and search
 * terms that arrive outside a JSON body (query parameters, portal forms); JSON bodies are checked
 * whole by the JSON reader.
 */
@Documented
@Constraint(validatedBy = StorableText.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableText {

  String message() default "must not contain control characters, lone surrogates or non-characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<StorableText, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || TextRules.firstUnstorable(value) < 0;
    }
  }
}
