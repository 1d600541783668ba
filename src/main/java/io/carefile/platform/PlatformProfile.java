package io.carefile.platform;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PlatformProfile",
    description =
        "What the regulator records about a platform. Its category is derived from the service"
            + " kinds, the features and the UK users.")
public record PlatformProfile(
    @NotBlank
        @Size(max = 200)
        @ReadableText
        @Schema(
            description = "Registered legal name",
            example = "Northwind Social Ltd",
            required = true)
        String legalName,
    @Size(max = 200)
        @ReadableText
        @Schema(description = "Name the service trades under", example = "Northwind")
        String tradingName,
    @Size(max = 32)
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9 -]*",
            message = "may contain only letters, digits, spaces and hyphens")
        @Schema(description = "Company registration number, if it has one", example = "09876543")
        String companyNumber,
    @NotNull
        @IsoCountryCode
        @Size(min = 2, max = 2)
        @Schema(
            description = "Country of registration, ISO 3166-1 alpha-2",
            example = "GB",
            required = true)
        String country,
    @NotEmpty @Schema(description = "The kinds of regulated service it provides", required = true)
        Set<@NotNull ServiceKind> serviceKinds,
    @Schema(
            description =
                "Functionalities of its user-to-user service that the category thresholds look at;"
                    + " none when omitted")
        Set<@NotNull ServiceFeature> serviceFeatures,
    @NotNull
        @PositiveOrZero
        @Schema(
            description = "Average UK monthly active users",
            example = "40000000",
            required = true)
        Long ukMonthlyActiveUsers,
    @NotNull @Valid @Schema(required = true) QualifyingRevenue qualifyingRevenue) {

  public PlatformProfile {
    legalName = TextRules.readable(legalName);
    tradingName = TextRules.readable(tradingName);
  }
}
