package io.carefile.filing;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/receipts")
@Authenticated
@Tag(name = "Filings")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptResource {

  private final FilingQueries filingQueries;

  ReceiptResource(FilingQueries filingQueries) {
    this.filingQueries = filingQueries;
  }

  @GET
  @Path("/{accessionNumber}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "A receipt by its accession number")
  public Receipt receipt(@PathParam("accessionNumber") @Size(max = 40) String accessionNumber) {
    return filingQueries.receipt(accessionNumber);
  }
}
