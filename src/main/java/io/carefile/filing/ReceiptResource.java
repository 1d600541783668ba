package io.carefile.filing;

import io.carefile.common.security.Roles;
import io.carefile.filing.FilingViews.Receipt;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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

  private final FilingService filings;

  ReceiptResource(FilingService filings) {
    this.filings = filings;
  }

  @GET
  @Path("/{accessionNumber}")
  @RolesAllowed({
    Roles.PLATFORM_OFFICER,
    Roles.PLATFORM_ATTESTOR,
    Roles.REGULATOR_ANALYST,
    Roles.REGULATOR_ENFORCEMENT,
    Roles.REGULATOR_ADMIN
  })
  @Operation(summary = "A receipt by its accession number")
  public Receipt receipt(@PathParam("accessionNumber") String accessionNumber) {
    return filings.receipt(accessionNumber);
  }
}
