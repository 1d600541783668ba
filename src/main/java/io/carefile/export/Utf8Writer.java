package io.carefile.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Text to UTF-8 bytes through one buffer, for one thread: POI writes each sheet's XML in many short
 * pieces, and a {@code BufferedWriter} over an {@code OutputStreamWriter} (a lock and an encoder
 * call per piece) was a third of the writer's time. A surrogate pair is one character, even when
 * its halves arrive in separate writes; a lone surrogate is written as {@code ?}, as the JDK's
 * encoder replaces it.
 */
final class Utf8Writer extends Writer {

  private static final int BUFFER = 1 << 16;

  /** Room for the longest encoding of one character (a surrogate pair's four bytes). */
  private static final int LONGEST = 4;

  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER];
  private int length;

  /** A high surrogate waiting for its low half; 0 when none is. */
  private char high;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  @Override
  public void write(String text, int offset, int count) throws IOException {
    for (int i = offset; i < offset + count; i++) {
      put(text.charAt(i));
    }
  }

  @Override
  public void write(char[] text, int offset, int count) throws IOException {
    for (int i = offset; i < offset + count; i++) {
      put(text[i]);
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try (out) {
      if (high != 0) {
        high = 0;
        buffer[length++] = '?';
      }
      drain();
    }
  }

  private void put(char c) throws IOException {
    if (length > BUFFER - LONGEST) {
      drain();
    }
    if (high != 0) {
      char pending = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(pending, c);
        buffer[length++] = (byte) (0xF0 | (code >> 18));
        buffer[length++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        buffer[length++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        buffer[length++] = (byte) (0x80 | (code & 0x3F));
        return;
      }
      buffer[length++] = '?';
    }
    if (c < 0x80) {
      buffer[length++] = (byte) c;
    } else if (c < 0x800) {
      buffer[length++] = (byte) (0xC0 | (c >> 6));
      buffer[length++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[length++] = '?';
    } else {
      buffer[length++] = (byte) (0xE0 | (c >> 12));
      buffer[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[length++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void drain() throws IOException {
    out.write(buffer, 0, length);
    length = 0;
  }
}
