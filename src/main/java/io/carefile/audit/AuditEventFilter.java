package io.carefile.audit;

import io.carefile.common.tenancy.Conditions;
import io.carefile.common.text.StorableText;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Filters of the audit events: {@code ?entityType=filing&entityId=…&action=filing.submitted}; every
 * filter is optional, and each matches exactly (lengths as the columns hold them).
 */
public class AuditEventFilter {

  @QueryParam("platformId")
  @Parameter(description = "Only events about this platform")
  public UUID platformId;

  @QueryParam("entityType")
  @Size(max = 64)
  @StorableText
  @Parameter(description = "Only events about this kind of record", example = "filing")
  public String entityType;

  @QueryParam("entityId")
  @Size(max = 128)
  @StorableText
  @Parameter(description = "Only events about the record with this id")
  public String entityId;

  @QueryParam("action")
  @Size(max = 64)
  @StorableText
  @Parameter(description = "Only events of this action", example = "filing.submitted")
  public String action;

  Optional<String> wantedEntityType() {
    return Conditions.given(entityType);
  }

  Optional<String> wantedEntityId() {
    return Conditions.given(entityId);
  }

  Optional<String> wantedAction() {
    return Conditions.given(action);
  }
}
