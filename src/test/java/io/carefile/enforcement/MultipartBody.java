package io.carefile.enforcement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body written byte by byte, its part headers in UTF-8 as browsers send them,
 * so that a test controls exactly what names and text arrive.
 */
final class MultipartBody {

  private final String boundary = "carefile-" + UUID.randomUUID();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  MultipartBody text(String name, String value) {
    write("--" + boundary + "\r\n");
    write("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
    write("Content-Type: text/plain; charset=UTF-8\r\n\r\n");
    write(value);
    write("\r\n");
    return this;
  }

  MultipartBody file(String name, String fileName, String type, byte[] content) {
    write("--" + boundary + "\r\n");
    write(
        "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n");
    write("Content-Type: " + type + "\r\n\r\n");
    bytes.writeBytes(content);
    write("\r\n");
    return this;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(bytes.toByteArray());
    all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return all.toByteArray();
  }

  private void write(String text) {
    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
