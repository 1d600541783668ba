package io.carefile.filing;

import io.carefile.audit.TreeSizes;
import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

  @GET
  @Path("/{accessionNumber}/proof")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "A receipt with its proof of inclusion in the audit log",
      description =
          "The signed receipt, the latest checkpoint and the inclusion proof of the receipt's"
              + " audit event in it, which a platform can check offline with the published key"
              + " (docs/audit-log.md); checkpoint and proof are absent until a checkpoint covers"
              + " the submission. With treeSize, against the checkpoint of that size.")
  public ProvenReceipt proof(
      @PathParam("accessionNumber") @Size(max = 40) String accessionNumber,
      @QueryParam("treeSize")
          @Size(max = 20)
          @Parameter(description = "A signed checkpoint's tree size; by default the latest")
          String treeSize) {
    return filingQueries.provenReceipt(accessionNumber, TreeSizes.optional("treeSize", treeSize));
  }
}
