package io.carefile.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The log's public key at its well-known address, where witnesses and verifiers look. */
@Path("/.well-known/carefile-log-key")
@PermitAll
@Tag(name = "Public log")
public class WellKnownLogKeyResource {

  private final LogSigner signer;

  WellKnownLogKeyResource(LogSigner signer) {
    this.signer = signer;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "The log's public key")
  public LogKey key() {
    return LogKey.of(signer);
  }
}
