package io.carefile.enforcement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small documents of each accepted type, and look-alikes that are not. */
final class DocumentSamples {

  private DocumentSamples() {}

  static byte[] pdf() {
    return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] png() {
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
        "IHDR".getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] jpeg() {
    return new byte[] {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'
    };
  }

  static byte[] text() {
    return "Our representations, in plain words: the figures were late, not wrong.\r\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A Word document's archive: the entries every DOCX has. */
  static byte[] docx() {
    return zip("[Content_Types].xml", "word/document.xml");
  }

  /** A ZIP archive that holds no Word document. */
  static byte[] plainZip() {
    return zip("notes.txt");
  }

  /** {@code size} bytes that begin as a PDF. */
  static byte[] pdfOfSize(int size) {
    byte[] pdf = Arrays.copyOf(pdf(), size);
    Arrays.fill(pdf, pdf().length, size, (byte) ' ');
    return pdf;
  }

  private static byte[] zip(String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
