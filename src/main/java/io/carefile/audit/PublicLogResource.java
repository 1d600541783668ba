package io.carefile.audit;

import io.carefile.common.error.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The verifiable log's public side: checkpoints, consistency proofs and the key, for anyone. */
@Path("/api/v1/public/log")
@PermitAll
@Tag(
    name = "Public log",
    description = "Signed checkpoints of the audit log and proofs between them, without signing in")
public class PublicLogResource {

  private final AuditCheckpoints checkpoints;
  private final LogProofs proofs;
  private final LogSigner signer;

  PublicLogResource(AuditCheckpoints checkpoints, LogProofs proofs, LogSigner signer) {
    this.checkpoints = checkpoints;
    this.proofs = proofs;
    this.signer = signer;
  }

  @GET
  @Path("/checkpoint")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  @PermitAll
  @Operation(
      summary = "The latest checkpoint",
      description = "The C2SP signed note of the latest signed tree head, as tlog tooling reads it")
  @APIResponse(responseCode = "200", description = "The signed note")
  @APIResponse(responseCode = "409", description = "no-checkpoint-yet")
  public String latest() {
    return checkpoints.requireLatest().note();
  }

  @GET
  @Path("/checkpoints/{treeSize}")
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "The checkpoint signed at a tree size")
  @APIResponse(responseCode = "200", description = "The checkpoint")
  @APIResponse(responseCode = "404", description = "No checkpoint was signed at this size")
  public StoredCheckpoint checkpoint(
      @PathParam("treeSize") @Size(max = 20) @Parameter(description = "The tree size, from 1")
          String treeSize) {
    long size = TreeSizes.required("treeSize", treeSize);
    return checkpoints.at(size).orElseThrow(() -> ProblemException.notFound("Checkpoint", size));
  }

  @GET
  @Path("/consistency")
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "A consistency proof",
      description =
          "The RFC 9162 proof that the tree of `first` events is a prefix of the tree of"
              + " `second`: what a witness checks between the checkpoint it kept and a new one.")
  @APIResponse(responseCode = "200", description = "The proof")
  @APIResponse(
      responseCode = "422",
      description = "consistency-sizes-reversed or tree-size-beyond-log")
  public ConsistencyProof consistency(
      @QueryParam("first") @Size(max = 20) @Parameter(description = "The smaller tree size, from 1")
          String first,
      @QueryParam("second") @Size(max = 20) @Parameter(description = "The larger tree size")
          String second) {
    return proofs.consistency(
        TreeSizes.required("first", first), TreeSizes.required("second", second));
  }

  @GET
  @Path("/key")
  @Produces(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "The log's public key",
      description = "Also at /.well-known/carefile-log-key")
  public LogKey key() {
    return LogKey.of(signer);
  }
}
