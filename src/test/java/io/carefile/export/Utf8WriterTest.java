package io.carefile.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sheet writer's UTF-8 encoding: byte for byte what the JDK's encoder writes. */
class Utf8WriterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain ASCII <c r=\"A1\"/>",
        "£18,000,000 — Ofcom’s café",
        "Ελληνικά, русский, 日本語",
        "an emoji 😀 and a flag 🇬🇧",
        "\u0000\u007f\u0080\u07ff\u0800\uffff"
      })
  void textIsEncodedAsTheJdkEncodesIt(String text) throws IOException {
    assertThat(written(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSurrogatePairSplitAcrossWritesIsOneCharacter() throws IOException {
    String emoji = "😀";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8Writer writer = new Utf8Writer(bytes)) {
      writer.write(emoji.charAt(0));
      writer.write(new char[] {emoji.charAt(1)}, 0, 1);
    }
    assertThat(bytes.toByteArray()).isEqualTo(emoji.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLoneSurrogateIsAQuestionMarkAsTheJdkWritesIt() throws IOException {
    String lone = "a\ud800b\udc00c\ud800";
    assertThat(written(lone)).isEqualTo(lone.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void moreThanTheBufferHoldsAllArrives() throws IOException {
    String repeated = "é😀x".repeat(40_000);
    assertThat(written(repeated)).isEqualTo(repeated.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Long runs of ASCII (copied straight into the buffer) and other characters, in writes of every
   * size through strings and arrays, so that each kind of character meets the buffer's end.
   */
  @Test
  void asciiRunsAndOtherCharactersAcrossTheBuffersEndAllArrive() throws IOException {
    Random random = new Random(12);
    String[] pieces = {"<c r=\"A1\" s=\"1\">", "é", "😀", "日本", "x", "\ud800", "plain text "};
    StringBuilder text = new StringBuilder();
    while (text.length() < 300_000) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    String all = text.toString();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8Writer writer = new Utf8Writer(bytes)) {
      for (int at = 0; at < all.length(); ) {
        int count = Math.min(all.length() - at, 1 + random.nextInt(5_000));
        if (random.nextBoolean()) {
          writer.write(all, at, count);
        } else {
          writer.write(all.toCharArray(), at, count);
        }
        at += count;
      }
    }
    assertThat(bytes.toByteArray()).isEqualTo(all.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] written(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8Writer writer = new Utf8Writer(bytes)) {
      writer.write(text, 0, text.length());
    }
    return bytes.toByteArray();
  }
}
