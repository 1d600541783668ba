package io.carefile.enforcement;

import java.nio.charset.StandardCharsets;

/**
 * A stored document's bytes, with what a download needs to name them; the API and the portal answer
 * it alike.
 */
public record DocumentDownload(String fileName, String contentType, String sha256, byte[] content) {

  /** An attachment, named in ASCII for old clients and exactly in UTF-8 (RFC 6266, RFC 8187). */
  public String contentDisposition() {
    StringBuilder ascii = new StringBuilder();
    StringBuilder encoded = new StringBuilder();
    fileName
        .codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
