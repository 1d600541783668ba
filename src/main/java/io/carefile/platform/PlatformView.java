package io.carefile.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Platform", description = "A regulated online service")
public record PlatformView(
    @Schema(description = "Platform id") UUID id,
    @Schema(description = "Short unique name used in URLs", example = "northwind-social")
        String slug,
    @Schema(description = "Registered legal name") String legalName,
    @Schema(description = "Name the service trades under") String tradingName,
    @Schema(description = "Company registration number") String companyNumber,
    @Schema(description = "Country of registration, ISO 3166-1 alpha-2") String country,
    @Schema(description = "Kinds of regulated service, in a stable order")
        List<ServiceKind> serviceKinds,
    @Schema(description = "Category-relevant functionalities, in a stable order")
        List<ServiceFeature> serviceFeatures,
    @Schema(description = "Average UK monthly active users") long ukMonthlyActiveUsers,
    @Schema(description = "Qualifying worldwide revenue") QualifyingRevenue qualifyingRevenue,
    @Schema(description = "Derived from the service kinds, features and UK users")
        PlatformCategory category,
    @Schema(description = "ACTIVE, SUSPENDED or EXITED") PlatformStatus status,
    @Schema(description = "When the platform was onboarded") Instant createdAt,
    @Schema(description = "Version for optimistic locking") long version) {

  static PlatformView of(Platform platform) {
    return new PlatformView(
        platform.id,
        platform.slug,
        platform.legalName,
        platform.tradingName,
        platform.companyNumber,
        platform.country,
        platform.serviceKinds.stream().sorted().toList(),
        platform.serviceFeatures.stream().sorted().toList(),
        platform.ukMonthlyActiveUsers,
        new QualifyingRevenue(
            platform.revenueAmount, platform.revenueCurrency, platform.revenueYearEnd),
        platform.category,
        platform.status,
        platform.createdAt,
        platform.version);
  }
}
