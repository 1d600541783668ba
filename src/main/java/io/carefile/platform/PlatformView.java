package io.carefile.platform;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Platform", description = "A regulated online service")
public record PlatformView(
    @Schema(description = "Platform id") UUID id,
    @Schema(description = "Short unique name used in URLs", example = "northwind-social")
        String slug,
    @Schema(description = "Registered legal name") String legalName,
    @Schema(description = "Name the service trades under") String tradingName,
    @Schema(description = "ACTIVE, SUSPENDED or EXITED") PlatformStatus status,
    @Schema(description = "When the platform was onboarded") Instant createdAt,
    @Schema(description = "Version for optimistic locking") long version) {

  static PlatformView of(Platform platform) {
    return new PlatformView(
        platform.id,
        platform.slug,
        platform.legalName,
        platform.tradingName,
        platform.status,
        platform.createdAt,
        platform.version);
  }
}
