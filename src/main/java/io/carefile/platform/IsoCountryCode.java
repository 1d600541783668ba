package io.carefile.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** An assigned ISO 3166-1 alpha-2 country code, in capitals ({@code GB}, {@code IE}). */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = IsoCountryCode.Validator.class)
public @interface IsoCountryCode {

  String message() default "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. GB";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<IsoCountryCode, String> {

    private static final Set<String> COUNTRIES =
        Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || COUNTRIES.contains(value);
    }
  }
}
