package io.carefile.enforcement;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path(EnforcementCaseResource.PATH + "/{id}/representations")
@Authenticated
@Tag(name = "Enforcement")
@Produces(MediaType.APPLICATION_JSON)
public class RepresentationResource {

  static final String TEXT = "text";
  static final String DOCUMENTS = "documents";

  private final CaseRepresentations representations;
  private final CaseQueries queries;

  RepresentationResource(CaseRepresentations representations, CaseQueries queries) {
    this.representations = representations;
    this.queries = queries;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.PLATFORM_USER)
  @Operation(
      summary = "Make representations",
      description =
          "The platform answers its case's provisional notice, up to and including the deadline's"
              + " day (Europe/London): a text and documents, each checked by its bytes. After the"
              + " deadline nothing is stored.")
  @APIResponse(responseCode = "201", description = "The representations, as stored")
  @APIResponse(
      responseCode = "400",
      description =
          "representation-text-required, representation-text-too-long, invalid-text,"
              + " too-many-documents, document-empty, document-name-invalid; nothing was stored")
  @APIResponse(responseCode = "404", description = "No such case, or another platform's")
  @APIResponse(
      responseCode = "409",
      description =
          "representations-not-invited: no provisional notice awaits them;"
              + " representations-closed: the deadline has passed")
  @APIResponse(responseCode = "413", description = "document-too-large, payload-too-large")
  @APIResponse(
      responseCode = "415",
      description = "document-type-not-allowed: a document's declared type is not accepted")
  @APIResponse(
      responseCode = "422",
      description = "document-content-mismatch: a document's bytes are not of its declared type")
  public Response submit(
      @PathParam("id") UUID id,
      @RestForm(TEXT)
          @Schema(
              description = "The representations: 1 to 20,000 characters of readable text",
              required = true,
              minLength = 1,
              maxLength = CaseRepresentations.MAX_TEXT_LENGTH)
          String text,
      @RestForm(DOCUMENTS)
          @Schema(
              description =
                  "Documents (5 by default, carefile.enforcement.representations.max-documents),"
                      + " each a file part named documents with its file name (1 to 255"
                      + " characters) and Content-Type: application/pdf, text/plain (UTF-8),"
                      + " image/png, image/jpeg or"
                      + " application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                      + " (DOCX). Its bytes must be of that type.",
              type = SchemaType.ARRAY,
              maxItems = 5,
              implementation = DocumentPart.class)
          List<FileUpload> documents) {
    List<UploadedDocument> uploaded =
        (documents == null ? List.<FileUpload>of() : documents)
            .stream()
                .map(
                    upload ->
                        new UploadedDocument(
                            upload.fileName(),
                            upload.contentType(),
                            upload.uploadedFile(),
                            upload.size()))
                .toList();
    RepresentationView made = representations.submit(id, text, uploaded);
    return Response.created(
            URI.create(EnforcementCaseResource.PATH + "/" + id + "/representations"))
        .entity(made)
        .build();
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The case's representations",
      description = "Oldest first, each with its documents (name, type, size, SHA-256).")
  @APIResponse(responseCode = "200", description = "The representations")
  @APIResponse(responseCode = "404", description = "No such case, or another platform's")
  public List<RepresentationView> list(@PathParam("id") UUID id) {
    return queries.representations(id);
  }

  @GET
  @Path("/{representationId}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Download a document",
      description =
          "The bytes as stored, as an attachment of its recognised type, never to be sniffed as"
              + " another.")
  @APIResponse(
      responseCode = "200",
      description = "The document",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "404", description = "No such document, or another platform's")
  public Response document(
      @PathParam("id") UUID id,
      @PathParam("representationId") UUID representationId,
      @PathParam("documentId") UUID documentId) {
    DocumentDownload document = queries.document(id, representationId, documentId);
    return Response.ok(document.content(), document.contentType())
        .header("Content-Disposition", document.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
