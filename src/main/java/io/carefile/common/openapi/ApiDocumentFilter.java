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
 *       record; 415 where it reads a body) are added where a resource did not describe them.
 * </ul>
 *
 * Registered with {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

  private static final String API_PREFIX = "/api/";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

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
      item.getOperations().values().forEach(operation -> describeRefusals(path, operation));
    }
    keepReachableSchemas(openAPI);
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
    String status = String.valueOf(type.status());
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
