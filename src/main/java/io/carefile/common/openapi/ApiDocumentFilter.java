package io.carefile.common.openapi;

import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Shapes the published API document in one place, so that resources declare only what is theirs:
 *
 * <ul>
 *   <li>only {@code /api} operations are published (the portal's HTML routes are not an API), with
 *       only the schemas they reach;
 *   <li>every error answer is described as problem+json, and the answers every operation can give
 *       (401, 403, 500, 503; 400 where it reads parameters or a body; 404 where its path names a
 *       record; 415 where it reads a body) are added where a resource did not describe them;
 *   <li>an operation marked {@link #SPREADSHEET_EXPORT} (a list answered as a spreadsheet, in the
 *       background when it is long) gets the answers every such export gives: 200 with the
 *       workbook, 202 with the background export's status, 422 when it is too long.
 * </ul>
 *
 * Registered with {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

  private static final String API_PREFIX = "/api/";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  /**
   * The extension that marks a list's spreadsheet export, its value the workbook's media type:
   * {@code @Extension(name = SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)}. Removed from the
   * published document once its answers are described.
   */
  public static final String SPREADSHEET_EXPORT = "x-carefile-spreadsheet-export";

  /** The background export's status, by its component name (common does not see the class). */
  private static final String EXPORT_STATUS_SCHEMA = "#/components/schemas/ExportStatus";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    for (String path : Set.copyOf(openAPI.getPaths().getPathItems().keySet())) {
      if (!path.startsWith(API_PREFIX)) {
        openAPI.getPaths().removePathItem(path);
        continue;
      }
      PathItem item = openAPI.getPaths().getPathItem(path);
      item.getOperations()
          .values()
          .forEach(
              operation -> {
                describeSpreadsheetExport(operation);
                describeRefusals(path, operation);
              });
    }
    keepReachableSchemas(openAPI);
  }

  /**
   * A list's JSON and spreadsheet answers share one path and method, so they are one operation: the
   * workbook joins the 200's media types, and the spreadsheet's own answers are added.
   */
  private static void describeSpreadsheetExport(Operation operation) {
    if (operation.getExtensions() == null
        || !(operation.getExtensions().get(SPREADSHEET_EXPORT) instanceof String mediaType)) {
      return;
    }
    operation.removeExtension(SPREADSHEET_EXPORT);
    String described = operation.getDescription() == null ? "" : operation.getDescription() + " ";
    operation.setDescription(
        described
            + "Asked for with Accept: "
            + mediaType
            + ", the answer is a workbook of every record the filters match, not one page; more"
            + " rows than carefile.export.background-above are written in the background instead"
            + " (202 with the export's status), and more than carefile.export.max-rows are"
            + " refused.");
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    addIfMissing(responses, "200", "The list, or the workbook");
    APIResponse ok = responses.getAPIResponse("200");
    if (ok.getContent() == null) {
      ok.setContent(OASFactory.createContent());
    }
    ok.getContent().addMediaType(mediaType, OASFactory.createMediaType());
    responses.addAPIResponse(
        "202",
        OASFactory.createAPIResponse()
            .description("Queued as a background export; Location names its status")
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        "application/json",
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(EXPORT_STATUS_SCHEMA)))));
    addIfMissing(responses, "422", "export-too-large: more rows than an export holds");
  }

  private static void describeRefusals(String path, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    boolean readsInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (readsInput) {
      addIfMissing(responses, ProblemType.INVALID_REQUEST, "The request is not valid");
    }
    addIfMissing(responses, ProblemType.UNAUTHENTICATED, "No valid bearer token");
    addIfMissing(responses, ProblemType.FORBIDDEN, "The caller's role does not allow this");
    if (path.contains("{")) {
      addIfMissing(
          responses, ProblemType.NOT_FOUND, "No such record, or one the caller may not see");
    }
    if (operation.getRequestBody() != null) {
      addIfMissing(
          responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body's Content-Type is not accepted");
    }
    addIfMissing(responses, ProblemType.INTERNAL, "An unexpected failure, with a correlation id");
    addIfMissing(responses, ProblemType.UNAVAILABLE, "A dependency is down; retry later");
    responses.getAPIResponses().forEach(ApiDocumentFilter::answerAsProblem);
  }

  private static void addIfMissing(APIResponses responses, ProblemType type, String description) {
    addIfMissing(responses, String.valueOf(type.status()), description);
  }

  private static void addIfMissing(APIResponses responses, String status, String description) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }
  }

  private static void answerAsProblem(String status, APIResponse response) {
    if (!status.matches("[45]\\d\\d")) {
      return;
    }
    Content content = OASFactory.createContent();
    content.addMediaType(
        Problem.MEDIA_TYPE,
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    response.setContent(content);
  }

  /** Removes schemas no published operation reaches, such as the portal's page classes. */
  private static void keepReachableSchemas(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Set<String> reachable = new HashSet<>();
    Deque<Schema> toVisit = new ArrayDeque<>();
    openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(operation -> toVisit.addAll(schemasOf(operation)));
    while (!toVisit.isEmpty()) {
      Schema schema = toVisit.pop();
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (reachable.add(name) && schemas.containsKey(name)) {
          toVisit.push(schemas.get(name));
        }
      }
      toVisit.addAll(nested(schema));
    }
    for (String name : Set.copyOf(schemas.keySet())) {
      if (!reachable.contains(name)) {
        openAPI.getComponents().removeSchema(name);
      }
    }
  }

  private static List<Schema> schemasOf(Operation operation) {
    List<Schema> found = new ArrayList<>();
    if (operation.getParameters() != null) {
      operation.getParameters().stream()
          .map(Parameter::getSchema)
          .filter(Objects::nonNull)
          .forEach(found::add);
    }
    if (operation.getRequestBody() != null) {
      found.addAll(schemasOf(operation.getRequestBody().getContent()));
    }
    if (operation.getResponses() != null) {
      operation
          .getResponses()
          .getAPIResponses()
          .values()
          .forEach(response -> found.addAll(schemasOf(response.getContent())));
    }
    return found;
  }

  private static List<Schema> schemasOf(Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return List.of();
    }
    return content.getMediaTypes().values().stream()
        .map(MediaType::getSchema)
        .filter(Objects::nonNull)
        .toList();
  }

  private static List<Schema> nested(Schema schema) {
    List<Schema> children = new ArrayList<>();
    if (schema.getProperties() != null) {
      children.addAll(schema.getProperties().values());
    }
    Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot())
        .filter(Objects::nonNull)
        .forEach(children::add);
    Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
        .filter(Objects::nonNull)
        .forEach(children::addAll);
    return children;
  }
}
