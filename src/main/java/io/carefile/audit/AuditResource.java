package io.carefile.audit;

import io.carefile.common.openapi.ApiDocumentFilter;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.export.SpreadsheetResponses;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Authenticated
@Tag(name = "Audit", description = "The hash-chained, Merkle-tree audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private final AuditVerifier verifier;
  private final AuditCheckpoints checkpoints;
  private final LogProofs proofs;
  private final AuditEvents events;
  private final Exports exports;
  private final AuditEventExport eventExport;

  AuditResource(
      AuditVerifier verifier,
      AuditCheckpoints checkpoints,
      LogProofs proofs,
      AuditEvents events,
      Exports exports,
      AuditEventExport eventExport) {
    this.verifier = verifier;
    this.checkpoints = checkpoints;
    this.proofs = proofs;
    this.events = events;
    this.exports = exports;
    this.eventExport = eventExport;
  }

  @GET
  @Path("/events")
  @RolesAllowed(Roles.REGULATOR)
  @Operation(
      summary = "Audit events",
      description =
          "Newest first, every event the filters match, each with its sequence, previous hash and"
              + " hash once the sequencer has chained it (a moment after its change commits)."
              + " Regulators only: the trail names the people who made each change.")
  @APIResponse(responseCode = "200", description = "A page of events")
  @APIResponse(responseCode = "403", description = "Not a regulator")
  public Page<AuditEventView> events(
      @Valid @BeanParam AuditEventFilter filter, @Valid @BeanParam PageRequest page) {
    return events.list(filter, page);
  }

  @GET
  @Path("/events")
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.REGULATOR)
  @Operation(
      summary = "Export the audit events as a spreadsheet",
      description = "Every event the filters match (not one page), newest first.")
  @Extension(name = ApiDocumentFilter.SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)
  @APIResponse(responseCode = "403", description = "Not a regulator")
  public Response eventsAsSpreadsheet(@Valid @BeanParam AuditEventFilter filter) {
    return SpreadsheetResponses.of(exports.spreadsheet(eventExport, filter));
  }

  @GET
  @Path("/verify")
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Verify the audit chain and tree",
      description =
          "Recomputes every link from the first and names the first broken one, and recomputes"
              + " the Merkle tree from the events against the latest signed checkpoint: a deleted"
              + " tail names the first missing sequence, a rewritten event the first differing.")
  @APIResponse(responseCode = "200", description = "The verification outcome")
  @APIResponse(responseCode = "403", description = "Not a regulator administrator")
  public AuditVerification verify() {
    return verifier.verify();
  }

  @POST
  @Path("/verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Verify the audit log against a checkpoint you kept",
      description =
          "As GET, with the tree checked against the presented checkpoint (a witness's or an"
              + " auditor's), after its signature is verified with the log's key.")
  @APIResponse(responseCode = "200", description = "The verification outcome")
  @APIResponse(responseCode = "400", description = "checkpoint-malformed: not a checkpoint note")
  @APIResponse(
      responseCode = "422",
      description = "checkpoint-signature-invalid: not signed by this log's key")
  public AuditVerification verify(@Valid @NotNull PresentedCheckpoint presented) {
    return verifier.verify(presented);
  }

  @POST
  @Path("/checkpoints")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Sign a checkpoint now",
      description =
          "Signs the tree's current size and root (or answers the latest checkpoint when the"
              + " tree has not grown since); the audit-checkpoint job does the same on its"
              + " schedule.")
  @APIResponse(responseCode = "200", description = "The checkpoint of the tree as it is")
  @APIResponse(responseCode = "409", description = "log-empty: nothing to sign yet")
  public StoredCheckpoint checkpoint() {
    return checkpoints.sign();
  }

  @GET
  @Path("/events/{sequence}/inclusion")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "An event's inclusion proof",
      description =
          "The RFC 9162 inclusion proof of the event at this sequence in the tree of treeSize"
              + " events (by default the latest checkpoint's). A platform proves only its own"
              + " platform's events: another's answers 404, as a missing one does.")
  @APIResponse(responseCode = "200", description = "The proof")
  @APIResponse(responseCode = "404", description = "No such event the caller may see")
  @APIResponse(
      responseCode = "422",
      description = "tree-size-beyond-log or event-not-in-tree: the tree size does not hold it")
  public InclusionProof inclusion(
      @PathParam("sequence")
          @Size(max = 20)
          @Parameter(description = "The event's sequence, from 1")
          String sequence,
      @QueryParam("treeSize") @Size(max = 20) @Parameter(description = "The tree size, from 1")
          String treeSize) {
    return proofs.inclusion(
        TreeSizes.sequence("sequence", sequence), TreeSizes.optional("treeSize", treeSize));
  }
}
