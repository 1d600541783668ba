package io.carefile.common.text;

import java.text.Normalizer;

/**
 * What text Carefile accepts, in one place. Any string a client sends (in a body, a form, a query
 * or path parameter) must be <em>storable</em>: no NUL or other control character except tab, line
 * feed and carriage return, no lone surrogate and no Unicode non-character, because PostgreSQL
 * refuses NUL, a lone surrogate cannot be encoded in UTF-8 (it would be stored as {@code ?}, so a
 * receipt's digest would not be of what was sent), and none of them means anything to a reader.
 *
 * <p>Text that people read in registers and pages (names, reasons, explanations) must also be
 * <em>visible</em>: it holds no format character (Unicode category Cf: zero-width spaces, byte
 * order marks, bidirectional overrides and isolates, soft hyphens, tags), which would show a blank
 * or reversed entry, except the zero-width (non-)joiners that some scripts need inside words. Such
 * text is stored in Unicode normalisation form C, so that one name is always the same characters.
 */
public final class TextRules {

  private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  private static final char ZERO_WIDTH_JOINER = '\u200D';

  private TextRules() {}

  /** The index of the first character that cannot be stored, or -1 when all can. */
  public static int firstUnstorable(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return i;
        }
        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        if (isNonCharacter(codePoint)) {
          return i;
        }
        i++;
      } else if (Character.isLowSurrogate(c) || isNonCharacter(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first character that is not storable or not visible, or -1. */
  public static int firstUnreadable(CharSequence text) {
    int unstorable = firstUnstorable(text);
    if (unstorable >= 0) {
      return unstorable;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER) {
        continue;
      }
      int codePoint = Character.codePointAt(text, i);
      if (Character.getType(codePoint) == Character.FORMAT) {
        return i;
      }
      if (Character.isSupplementaryCodePoint(codePoint)) {
        i++;
      }
    }
    return -1;
  }

  /** The character at {@code index} as people look it up: {@code U+0000}. */
  public static String describe(CharSequence text, int index) {
    char c = text.charAt(index);
    int codePoint =
        Character.isHighSurrogate(c)
                && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1))
            ? Character.toCodePoint(c, text.charAt(index + 1))
            : c;
    return String.format("U+%04X", codePoint);
  }

  /** Text people read, in normalisation form C; null stays null. */
  public static String readable(String text) {
    if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static boolean isNonCharacter(int codePoint) {
    return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
