package io.carefile.portal.template;

import io.carefile.common.error.ProblemException;
import io.carefile.common.security.Roles;
import io.carefile.common.text.TextRules;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.template.TemplateProblems;
import io.carefile.template.TemplatePublisher;
import io.carefile.template.TemplateService;
import io.carefile.template.TemplateVersionDocument;
import io.carefile.template.definition.TemplateFormat;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The regulator administrator publishes a new template version by uploading its YAML file: the same
 * publisher as {@code POST /api/v1/templates}, with each problem of the file listed by its path.
 */
@Path(PortalRoutes.TEMPLATE_PUBLICATION)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TemplatePublicationPage {

  /** The id of the file input, which every error of the file links to. */
  private static final String DOCUMENT = "document";

  private final TemplatePublisher publisher;
  private final TemplateService templates;
  private final TemplateMessages messages;
  private final PortalMessages shared;

  TemplatePublicationPage(
      TemplatePublisher publisher,
      TemplateService templates,
      TemplateMessages messages,
      PortalMessages shared) {
    this.publisher = publisher;
    this.templates = templates;
    this.messages = messages;
    this.shared = shared;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(String title, List<ErrorLink> errors);

    static native TemplateInstance published(TemplateVersionDocument template, String title);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public TemplateInstance form() {
    return page(List.of());
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public Object publish(@RestForm(DOCUMENT) FileUpload document) {
    String yaml = document == null ? "" : read(document);
    if (yaml == null || TextRules.firstUnstorable(yaml) >= 0) {
      // Not UTF-8 text, or text with NUL or other control characters: no template file.
      return page(List.of(ErrorLink.to(DOCUMENT, messages.documentNotText())));
    }
    if (yaml.isBlank()) {
      return page(List.of(ErrorLink.to(DOCUMENT, messages.documentRequired())));
    }
    try {
      TemplateVersionDocument published = publisher.publish(yaml, TemplateFormat.YAML);
      return Response.seeOther(
              UriBuilder.fromPath(PortalRoutes.TEMPLATE_PUBLICATION)
                  .path("published")
                  .queryParam("code", published.code())
                  .queryParam("version", published.version())
                  .build())
          .build();
    } catch (ProblemException e) {
      if (e.is(TemplateProblems.INVALID_TEMPLATE)) {
        // One line per problem of the file, each naming where in the file it is.
        return page(
            e.errors().stream()
                .map(
                    error ->
                        ErrorLink.to(
                            DOCUMENT, messages.documentProblem(error.field(), error.message())))
                .toList());
      }
      if (e.is(TemplateProblems.VERSION_ALREADY_PUBLISHED)) {
        return page(List.of(ErrorLink.to(DOCUMENT, messages.versionAlreadyPublished())));
      }
      throw e;
    }
  }

  /**
   * The confirmation after publishing, reached by redirect so that a reload publishes nothing; it
   * shows the stored version, so it cannot confirm one that was never published.
   */
  @GET
  @Path("/published")
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public TemplateInstance published(
      @QueryParam("code") String code, @QueryParam("version") int version) {
    return Templates.published(templates.get(code, version), messages.publishedTitle());
  }

  private TemplateInstance page(List<ErrorLink> errors) {
    String title = messages.publicationTitle();
    return Templates.form(errors.isEmpty() ? title : shared.errorTitle(title), errors);
  }

  /** The file as UTF-8 text, or null when it is not UTF-8. */
  private static String read(FileUpload upload) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(upload.uploadedFile())))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
