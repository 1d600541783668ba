package io.carefile.review;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.StorableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something an analyst found in a return they accept, optionally about some of its fields. */
@Schema(name = "ReviewFinding", description = "A finding of an acceptance with findings")
public record DecisionFinding(
    @NotBlank
        @Size(max = 4000)
        @ReadableText
        @Schema(description = "What the platform should know or act on", required = true)
        String text,
    @Size(max = 50)
        @Schema(description = "Field codes of the return's template it concerns (optional)")
        List<@NotNull @Size(min = 1, max = 64) @StorableText String> fields) {

  public DecisionFinding {
    text = TextRules.readable(text);
    // Copied as sent, nulls included, so that validation names a null element.
    fields = fields == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fields));
  }
}
