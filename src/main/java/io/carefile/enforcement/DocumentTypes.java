package io.carefile.enforcement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The documents a platform may attach to its representations, and how their bytes are recognised: a
 * type is accepted only when the bytes are of the type declared, never on the declaration alone.
 * PDF, PNG and JPEG by their magic numbers; DOCX as a ZIP archive (its magic number) whose central
 * directory names a Word document ({@code word/document.xml}) and its content types; plain text as
 * UTF-8 holding no control character but tab, line feed and carriage return.
 */
public final class DocumentTypes {

  public static final String PDF = "application/pdf";
  public static final String TEXT = "text/plain";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** Every type accepted, in the order the documentation lists them. */
  public static final List<String> ALLOWED = List.of(PDF, TEXT, PNG, JPEG, DOCX);

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private DocumentTypes() {}

  /**
   * The declared type as it is stored (its media type, lower case, without parameters), when it is
   * one of the accepted ones.
   */
  public static Optional<String> allowed(String declared) {
    if (declared == null) {
      return Optional.empty();
    }
    int parameters = declared.indexOf(';');
    String type =
        (parameters < 0 ? declared : declared.substring(0, parameters))
            .strip()
            .toLowerCase(Locale.ROOT);
    return ALLOWED.contains(type) ? Optional.of(type) : Optional.empty();
  }

  /** Whether the file's bytes are of {@code type}, one of {@link #ALLOWED}. */
  public static boolean contentIs(String type, Path file) throws IOException {
    return switch (type) {
      case PDF -> startsWith(file, PDF_MAGIC);
      case PNG -> startsWith(file, PNG_MAGIC);
      case JPEG -> startsWith(file, JPEG_MAGIC);
      case DOCX -> startsWith(file, ZIP_MAGIC) && isWordArchive(file);
      case TEXT -> isPlainText(Files.readAllBytes(file));
      default -> throw new IllegalArgumentException(type + " is not an accepted type");
    };
  }

  private static boolean startsWith(Path file, byte[] magic) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(magic.length), magic);
    }
  }

  /** Reads only the archive's central directory: nothing is inflated. */
  private static boolean isWordArchive(Path file) throws IOException {
    try (ZipFile archive = new ZipFile(file.toFile())) {
      return archive.getEntry("[Content_Types].xml") != null
          && archive.getEntry("word/document.xml") != null;
    } catch (ZipException notAnArchive) {
      return false;
    }
  }

  static boolean isPlainText(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
    return text.chars()
        .noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
  }
}
