package io.carefile.filing;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attestation", description = "An attestor's agreement to the statement")
public record Attestation(
    @AssertTrue(message = "must be true: the attestor must agree to the attestation statement")
        @Schema(description = "The attestor agrees to the attestation statement")
        boolean statementAccepted,
    @Size(min = 1, max = 320)
        @Schema(
            description =
                "Username of the attestor. Required when a platform's API client submits (the"
                    + " person must be an attestor of the platform); a person submitting"
                    + " attests as themselves")
        String attestor) {}
