package io.carefile.penalty;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PenaltyPaymentRecording",
    description =
        "A payment received against a penalty. Recording the same reference with the same content"
            + " again answers the payment recorded; with other content it is refused")
public record PaymentRecording(
    @NotBlank
        @Size(max = 64)
        @ReadableText
        @Schema(
            description = "The payment's own reference (a bank transfer's), unique per penalty",
            required = true,
            minLength = 1,
            maxLength = 64)
        String reference,
    @NotNull
        @Schema(
            description = "The amount received, more than zero and within the balance",
            required = true)
        Money amount,
    @NotNull
        @Schema(
            description = "The day it was received, today or before (Europe/London)",
            required = true)
        LocalDate receivedOn) {

  public PaymentRecording {
    reference = TextRules.readable(reference);
  }
}
