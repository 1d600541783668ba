package io.carefile.template;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.template.definition.TemplateDefinition;
import io.carefile.template.definition.TemplateFormat;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/templates")
@Authenticated
@Tag(name = "Templates", description = "Return templates: what each return asks for, its rules")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

  private static final String YAML = "application/yaml";

  private final TemplateService templates;
  private final TemplatePublisher publisher;

  TemplateResource(TemplateService templates, TemplatePublisher publisher) {
    this.templates = templates;
    this.publisher = publisher;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "List templates", description = "Every template, at its latest version.")
  public Page<TemplateVersionView> list(@Valid @BeanParam PageRequest page) {
    return templates.listLatest(page);
  }

  @GET
  @Path("/{code}/versions")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "List a template's versions", description = "Newest first.")
  @APIResponse(responseCode = "200", description = "The template's published versions")
  @APIResponse(responseCode = "404", description = "No such template")
  public Page<TemplateVersionView> versions(
      @PathParam("code") @Size(max = 32) String code, @Valid @BeanParam PageRequest page) {
    return templates.listVersions(code, page);
  }

  @GET
  @Path("/{code}/versions/{version: [0-9]{1,9}}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Read a template version",
      description = "The full definition: sections and fields, rules, indicators.")
  @APIResponse(responseCode = "200", description = "The template version")
  @APIResponse(responseCode = "404", description = "No such template or version")
  public TemplateVersionDocument get(
      @PathParam("code") @Size(max = 32) String code, @PathParam("version") int version) {
    return templates.get(code, version);
  }

  @POST
  @Consumes({YAML, MediaType.APPLICATION_JSON})
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Publish a template version",
      description =
          "Upload a template document (the format of config/templates/README.md) as YAML or"
              + " JSON. It is validated as the files loaded at start are, and once published"
              + " never changes. Recorded in the audit trail.")
  @RequestBody(
      description = "The template document",
      content = {
        @Content(
            mediaType = YAML,
            schema = @Schema(type = SchemaType.STRING, maxLength = 2 * 1024 * 1024)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateDefinition.class))
      })
  @APIResponse(
      responseCode = "201",
      description = "Published",
      content = @Content(schema = @Schema(implementation = TemplateVersionDocument.class)))
  @APIResponse(
      responseCode = "400",
      description = "The document is not a valid template; each problem is listed by its path")
  @APIResponse(
      responseCode = "409",
      description = "That version, or a later one, is published already")
  public Response publish(@Context HttpHeaders headers, String document) {
    TemplateFormat format =
        MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())
            ? TemplateFormat.JSON
            : TemplateFormat.YAML;
    TemplateVersionDocument published = publisher.publish(document, format);
    return Response.created(
            UriBuilder.fromResource(TemplateResource.class)
                .path("{code}/versions/{version}")
                .build(published.code(), published.version()))
        .entity(published)
        .build();
  }
}
