package io.carefile.platform;

import io.carefile.common.text.ReadableText;
import io.carefile.common.text.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A platform's compliance officer to be given a Keycloak account. The patterns keep to what the
 * realm's user profile accepts, so that bad input is refused here, field by field, with one message
 * per field.
 */
@Schema(name = "ComplianceOfficer", description = "A person to be given a platform-officer account")
public record ComplianceOfficer(
    @NotNull
        @Size(max = 254)
        @Pattern(
            regexp = "[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}",
            message = "must be an email address like name@example.com")
        // The e-mail becomes the username, and Keycloak reserves this prefix for the users of
        // machine clients: a person must never be mistaken for one.
        @Pattern(
            regexp = "(?i)(?!service-account-).*",
            message = "must not start with service-account-, which is reserved for machine clients")
        @Schema(
            description = "Work email; it is also their user name",
            example = "nadia.okafor@northwind.example",
            required = true)
        String email,
    @NotBlank
        @Size(max = 100)
        @Pattern(regexp = PERSON_NAME, message = PERSON_NAME_MESSAGE)
        @ReadableText
        @Schema(example = "Nadia", required = true)
        String firstName,
    @NotBlank
        @Size(max = 100)
        @Pattern(regexp = PERSON_NAME, message = PERSON_NAME_MESSAGE)
        @ReadableText
        @Schema(example = "Okafor", required = true)
        String lastName) {

  public ComplianceOfficer {
    firstName = TextRules.readable(firstName);
    lastName = TextRules.readable(lastName);
  }

  /** Keycloak's person-name validator refuses these characters. */
  static final String PERSON_NAME = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]*";

  static final String PERSON_NAME_MESSAGE =
      "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( )";
}
