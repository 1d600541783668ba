package io.carefile.common.error;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails unexpectedly, to prove what a client sees then. */
@Path("/api/v1/test-support/failure")
@Authenticated
public class FailingTestResource {

  @GET
  @RolesAllowed("**")
  public String fail() {
    throw new IllegalStateException("simulated failure with internals that must not leak");
  }
}
