package io.carefile.portal.enforcement;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.StorableText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading the enforcement forms' inputs as typed, and ranking what a service's rules say of them.
 */
final class FormInputs {

  private FormInputs() {}

  /** How basic a violation is: a missing answer, text that cannot be kept, any other rule. */
  enum Rank {
    REQUIRED,
    UNREADABLE,
    OTHER
  }

  static Rank rank(ConstraintViolation<?> violation) {
    Class<? extends Annotation> constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (constraint == NotNull.class || constraint == NotBlank.class) {
      return Rank.REQUIRED;
    }
    if (constraint == ReadableText.class || constraint == StorableText.class) {
      return Rank.UNREADABLE;
    }
    return Rank.OTHER;
  }

  /** A textarea's text as the services keep it: line breaks as LF, no surrounding blanks. */
  static String text(String typed) {
    return typed.replace("\r\n", "\n").strip();
  }

  static String blankToNull(String typed) {
    String text = text(typed);
    return text.isEmpty() ? null : text;
  }

  /**
   * A date typed into a GOV.UK date input: empty inside when nothing was typed, none if no date.
   */
  static Optional<Optional<LocalDate>> date(String day, String month, String year) {
    if (day.isBlank() && month.isBlank() && year.isBlank()) {
      return Optional.of(Optional.empty());
    }
    if (!day.strip().matches("[0-9]{1,2}")
        || !month.strip().matches("[0-9]{1,2}")
        || !year.strip().matches("[0-9]{4}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Optional.of(
              LocalDate.of(
                  Integer.parseInt(year.strip()),
                  Integer.parseInt(month.strip()),
                  Integer.parseInt(day.strip()))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** An id typed or chosen: empty inside when nothing was typed, none if it is no id. */
  static Optional<Optional<UUID>> id(String typed) {
    if (typed.isBlank()) {
      return Optional.of(Optional.empty());
    }
    String id = typed.strip();
    if (!id.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
      return Optional.empty();
    }
    return Optional.of(Optional.of(UUID.fromString(id)));
  }
}
