package io.carefile.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.carefile.audit.InclusionProof;
import io.carefile.audit.StoredCheckpoint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ProvenReceipt",
    description =
        "A signed receipt with the proof that its submission is in the audit log: the latest"
            + " checkpoint and the inclusion of the receipt's audit event in it; both absent"
            + " until a checkpoint covers the event (docs/audit-log.md)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvenReceipt(
    @Schema(description = "The receipt, with the regulator's signature") Receipt receipt,
    @Schema(description = "The checkpoint the proof is against") StoredCheckpoint checkpoint,
    @Schema(description = "The inclusion of the receipt's audit event in the checkpoint's tree")
        InclusionProof inclusion) {}
