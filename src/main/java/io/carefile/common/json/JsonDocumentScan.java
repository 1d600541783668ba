package io.carefile.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.text.TextRules;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * One pass over a JSON document's tokens, before anything is bound, that refuses what data binding
 * would let through or fail on obscurely: bytes that are not UTF-8 (Jackson's own decoder accepts
 * over-long sequences, so {@code C0 AF} would read as {@code /}), a member named twice in one
 * object, content after the document, strings or member names that {@link TextRules} does not
 * accept, and numbers beyond the range of a double. Each refusal names the JSON path of what it
 * refuses.
 */
final class JsonDocumentScan {

  private JsonDocumentScan() {}

  /**
   * @return false when the body holds no document at all (empty or only whitespace)
   */
  static boolean check(JsonFactory factory, byte[] body) throws IOException {
    checkUtf8(body);
    try (JsonParser parser = factory.createParser(body)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      Deque<Set<String>> members = new ArrayDeque<>();
      while (true) {
        switch (token) {
          case START_OBJECT -> members.push(new HashSet<>());
          case END_OBJECT -> members.pop();
          case FIELD_NAME -> {
            String name = parser.currentName();
            checkText(name, parser.getParsingContext());
            if (!members.peek().add(name)) {
              String path = JsonPaths.of(parser.getParsingContext());
              throw ProblemException.onField(
                  ProblemType.DUPLICATE_MEMBER,
                  "The member " + path + " appears more than once in its object",
                  path,
                  "appears more than once");
            }
          }
          case VALUE_STRING -> checkText(parser.getText(), parser.getParsingContext());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> checkMagnitude(parser);
          default -> {}
        }
        if (parser.getParsingContext().inRoot()) {
          break;
        }
        token = parser.nextToken();
      }
      checkNothingAfter(parser);
      return true;
    } catch (StreamConstraintsException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_BODY,
          "The body is nested too deeply or holds a value that is too long");
    } catch (JsonProcessingException e) {
      throw new ProblemException(ProblemType.MALFORMED_BODY, syntaxError(e));
    }
  }

  private static void checkNothingAfter(JsonParser parser) throws IOException {
    JsonToken after;
    try {
      after = parser.nextToken();
    } catch (JsonProcessingException e) {
      after = JsonToken.NOT_AVAILABLE;
    }
    if (after != null) {
      throw new ProblemException(
          ProblemType.TRAILING_CONTENT,
          "The body continues after its JSON document ends (line "
              + parser.currentLocation().getLineNr()
              + ", column "
              + parser.currentLocation().getColumnNr()
              + "); send one JSON document");
    }
  }

  /**
   * A number no IEEE double can hold ({@code 1e400}, a 400-digit integer) is refused as I-JSON (RFC
   * 7493) requires: most readers of JSON would see infinity, and no canonical form exists for it.
   */
  private static void checkMagnitude(JsonParser parser) throws IOException {
    boolean finite =
        parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT
            ? Double.isFinite(parser.getDoubleValue())
            : parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                || Double.isFinite(parser.getBigIntegerValue().doubleValue());
    if (!finite) {
      String path = JsonPaths.of(parser.getParsingContext());
      String message = "is beyond the range of a JSON number (an IEEE double, as I-JSON requires)";
      throw ProblemException.onField(
          ProblemType.NUMBER_OUT_OF_RANGE,
          (path.isEmpty() ? "The body" : path) + " " + message,
          path,
          message);
    }
  }

  private static void checkText(String text, JsonStreamContext where) {
    int index = TextRules.firstUnstorable(text);
    if (index >= 0) {
      String path = JsonPaths.of(where);
      String message =
          "holds "
              + TextRules.describe(text, index)
              + " at character "
              + (index + 1)
              + ", which"
              + " cannot be accepted (control characters, lone surrogates and non-characters are"
              + " refused)";
      throw ProblemException.onField(
          ProblemType.INVALID_TEXT,
          (path.isEmpty() ? "The body" : path) + " " + message,
          path,
          message);
    }
  }

  private static void checkUtf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(Math.min(body.length, 8192));
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw new ProblemException(
            ProblemType.MALFORMED_BODY,
            "The body is not valid UTF-8 (at byte " + (in.position() + 1) + ")");
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  private static String syntaxError(JsonProcessingException e) {
    if (e.getLocation() == null) {
      return "The body is not valid JSON";
    }
    return "The body is not valid JSON (line "
        + e.getLocation().getLineNr()
        + ", column "
        + e.getLocation().getColumnNr()
        + ")";
  }
}
