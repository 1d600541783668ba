package io.carefile.platform;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "QualifyingRevenue",
    description =
        "Qualifying worldwide revenue for one financial year; the statutory penalty cap is a share"
            + " of it")
public record QualifyingRevenue(
    @NotNull
        @PositiveOrZero
        @Digits(integer = 17, fraction = 2)
        @Schema(
            description = "Exact amount, at most two decimal places",
            example = "1250000000.00",
            required = true)
        BigDecimal amount,
    @NotNull
        @IsoCurrencyCode
        @Size(min = 3, max = 3)
        @Schema(description = "ISO 4217 currency", example = "GBP", required = true)
        String currency,
    @NotNull
        @PastOrPresent
        @Schema(
            description = "Last day of the financial year the amount is for",
            example = "2025-12-31",
            required = true)
        LocalDate financialYearEnd) {}
