package io.carefile.review;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryRaising", description = "Ask the platform something about its return")
public record QueryRaising(
    @NotBlank
        @Size(max = 200)
        @ReadableText
        @Schema(description = "What the query is about, in a line", required = true)
        String subject,
    @NotBlank
        @Size(max = 4000)
        @ReadableText
        @Schema(description = "The question, as the platform will read it", required = true)
        String message,
    @Size(max = 200)
        @Schema(
            description =
                "Codes of the return's fields the query is about (fields of its template"
                    + " version); omit or leave empty for the whole return")
        List<@NotNull @Size(min = 1, max = 64) String> fields,
    @NotNull
        @Schema(
            description =
                "When the platform should answer by: today or later, in the regulator's calendar"
                    + " (Europe/London)",
            required = true)
        LocalDate dueDate) {

  public QueryRaising {
    subject = TextRules.readable(subject);
    message = TextRules.readable(message);
  }

  /** The field codes named, none when the query is about the whole return. */
  public List<String> fieldsOrNone() {
    return fields == null ? List.of() : fields;
  }
}
