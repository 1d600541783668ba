package io.carefile.common.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.error.RequestLimits;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one reader of JSON request bodies. It reads a body exactly as sent or refuses it with a
 * specific problem and the JSON path of the culprit ({@code docs/api-input.md} lists the rules):
 * the document is checked first ({@link JsonDocumentScan}: UTF-8, duplicate members, trailing
 * content, unacceptable characters), then bound without coercion: no member the operation does not
 * read, no number for an enum or a text, no text for a number or a boolean, no fraction for a whole
 * number, decimals as exact decimals (never through {@code double}).
 *
 * <p>It is constrained to the server: the REST clients (Keycloak's admin client) read what upstream
 * services send with the application's lenient mapper.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class StrictJsonReader implements MessageBodyReader<Object> {

  private final ObjectMapper strict;
  private final long maxBodyBytes;

  public StrictJsonReader(ObjectMapper application, RequestLimits limits) {
    this.strict = strict(application);
    this.maxBodyBytes = limits.maxBodySize().asLongValue();
  }

  /** The application's mapper (its modules and naming) with binding made strict. */
  static ObjectMapper strict(ObjectMapper application) {
    ObjectMapper mapper =
        application
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    for (LogicalType textual :
        new LogicalType[] {
          LogicalType.Textual, LogicalType.Enum, LogicalType.OtherScalar, LogicalType.DateTime
        }) {
      mapper
          .coercionConfigFor(textual)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      mapper
          .coercionConfigFor(number)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type != String.class && type != byte[].class && type != InputStream.class;
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    // Read to one byte over the limit, never further: a chunked body has no length to check first,
    // and the HTTP server's own, higher limit would end the exchange without a problem.
    byte[] body = entityStream.readNBytes((int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE - 8));
    if (body.length > maxBodyBytes) {
      throw new ProblemException(
          ProblemType.PAYLOAD_TOO_LARGE,
          "The request body is larger than the " + maxBodyBytes + " bytes allowed");
    }
    if (!JsonDocumentScan.check(strict.getFactory(), body)) {
      return null;
    }
    try {
      return strict.readerFor(strict.constructType(genericType)).readValue(body);
    } catch (JacksonException e) {
      throw refusal(e);
    }
  }

  /** What a body that is well-formed JSON but not of the operation's shape is refused as. */
  static ProblemException refusal(JacksonException e) {
    String path = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping) : "";
    Optional<InputCoercionException> overflow = causeOf(e, InputCoercionException.class);
    if (overflow.isPresent()) {
      return onPath(
          ProblemType.NUMBER_OUT_OF_RANGE,
          path,
          "is beyond the range of " + describe(overflow.get().getTargetType()));
    }
    if (e instanceof PropertyBindingException unknown) {
      return onPath(
          ProblemType.UNKNOWN_MEMBER,
          path,
          "is not a member of this request (known members: "
              + String.join(
                  ", ",
                  Stream.ofNullable(unknown.getKnownPropertyIds())
                      .flatMap(ids -> ids.stream().map(String::valueOf))
                      .sorted()
                      .toList())
              + ")");
    }
    if (e instanceof InvalidFormatException invalid && !isWrongKind(invalid)) {
      return onPath(
          ProblemType.MALFORMED_BODY, path, "is not a valid " + describe(invalid.getTargetType()));
    }
    if (e instanceof MismatchedInputException mismatched && !path.isEmpty()) {
      return onPath(
          ProblemType.WRONG_TYPE, path, "must be " + article(describe(mismatched.getTargetType())));
    }
    if (e instanceof MismatchedInputException) {
      return new ProblemException(ProblemType.WRONG_TYPE, "The body must be a JSON object");
    }
    return new ProblemException(ProblemType.MALFORMED_BODY, "The body could not be read");
  }

  private static ProblemException onPath(ProblemType type, String path, String message) {
    return ProblemException.onField(
        type, (path.isEmpty() ? "The body" : path) + " " + message, path, message);
  }

  /**
   * A number where text belongs, text where a number or boolean belongs, a fraction for a count.
   */
  private static boolean isWrongKind(InvalidFormatException e) {
    Object value = e.getValue();
    Class<?> target = e.getTargetType();
    if (target == null || value == null) {
      return false;
    }
    boolean numericTarget = isNumeric(target);
    boolean booleanTarget = target == Boolean.class || target == boolean.class;
    if (value instanceof Number) {
      return !numericTarget || isWhole(target) && !isWholeValue((Number) value);
    }
    if (value instanceof Boolean) {
      return !booleanTarget;
    }
    return numericTarget || booleanTarget;
  }

  private static boolean isWholeValue(Number value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof java.math.BigInteger;
  }

  private static boolean isNumeric(Class<?> type) {
    return Number.class.isAssignableFrom(type)
        || type == int.class
        || type == long.class
        || type == short.class
        || type == double.class
        || type == float.class;
  }

  private static boolean isWhole(Class<?> type) {
    return type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || type == java.math.BigInteger.class;
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (isWhole(type)) {
      return "whole number";
    }
    if (isNumeric(type)) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean (true or false)";
    }
    if (type.isEnum()) {
      return "code (one of the documented values, as text)";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == java.util.UUID.class) {
      return "UUID";
    }
    if (type == java.time.LocalDate.class) {
      return "date (YYYY-MM-DD)";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "JSON object";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "JSON array";
    }
    return "JSON object";
  }

  private static String article(String noun) {
    return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 && !noun.startsWith("UUID") ? "an " : "a ")
        + noun;
  }

  private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
    for (Throwable at = e; at != null; at = at.getCause()) {
      if (type.isInstance(at)) {
        return Optional.of(type.cast(at));
      }
    }
    return Optional.empty();
  }
}
