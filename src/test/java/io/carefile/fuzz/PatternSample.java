package io.carefile.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A string matching a schema's {@code pattern}, for the common subset of regular expressions the
 * API's patterns use: literals, escapes ({@code \d \w \s \. \\}), classes with ranges and negation
 * ({@code [a-z0-9._+'-]}, {@code [^<>]}), groups with alternatives, and the quantifiers {@code ? *
 * + {n} {n,m}}. Inline flags ({@code (?i)}) and look-arounds are skipped. Answers {@code null} for
 * a pattern it cannot read, so the caller falls back to the schema's example.
 */
final class PatternSample {

  private final String pattern;
  private final Random random;
  private int at;

  private PatternSample(String pattern, Random random) {
    this.pattern = pattern;
    this.random = random;
  }

  static String of(String pattern, Random random) {
    try {
      PatternSample sample = new PatternSample(pattern, random);
      StringBuilder out = new StringBuilder();
      sample.alternatives(out);
      return sample.at == pattern.length() ? out.toString() : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  private void alternatives(StringBuilder out) {
    List<StringBuilder> choices = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    choices.add(current);
    while (at < pattern.length() && pattern.charAt(at) != ')') {
      if (pattern.charAt(at) == '|') {
        at++;
        current = new StringBuilder();
        choices.add(current);
      } else {
        quantified(current);
      }
    }
    out.append(choices.get(random.nextInt(choices.size())));
  }

  private void quantified(StringBuilder out) {
    int start = at;
    String once = atom();
    if (once == null) {
      return;
    }
    int min = 1;
    int max = 1;
    if (at < pattern.length()) {
      char q = pattern.charAt(at);
      if (q == '?') {
        min = 0;
        at++;
      } else if (q == '*') {
        min = 0;
        max = 4;
        at++;
      } else if (q == '+') {
        max = 4;
        at++;
      } else if (q == '{') {
        int close = pattern.indexOf('}', at);
        String[] bounds = pattern.substring(at + 1, close).split(",", -1);
        min = Integer.parseInt(bounds[0]);
        max =
            bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 4 : Integer.parseInt(bounds[1]);
        at = close + 1;
      }
    }
    int times = min + random.nextInt(Math.min(max, min + 6) - min + 1);
    if (times == 0) {
      return;
    }
    out.append(once);
    int end = at;
    for (int i = 1; i < times; i++) {
      // Each repetition draws anew: re-read the atom.
      int saved = at;
      at = start;
      out.append(atom());
      at = saved;
    }
    at = end;
  }

  /** One atom's text, or null for a zero-width construct (flags, look-arounds, anchors). */
  private String atom() {
    char c = pattern.charAt(at);
    switch (c) {
      case '(' -> {
        at++;
        if (pattern.startsWith("?", at)) {
          // (?i) flags, (?!…) and (?=…) look-arounds: skip; (?:…) is a plain group.
          if (pattern.startsWith("?:", at)) {
            at += 2;
          } else {
            skipGroup();
            return null;
          }
        }
        StringBuilder inner = new StringBuilder();
        alternatives(inner);
        at++; // ')'
        return inner.toString();
      }
      case '[' -> {
        return String.valueOf(characterClass());
      }
      case '\\' -> {
        at += 2;
        return String.valueOf(escape(pattern.charAt(at - 1)));
      }
      case '.' -> {
        at++;
        return String.valueOf((char) ('a' + random.nextInt(26)));
      }
      case '^', '$' -> {
        at++;
        return null;
      }
      default -> {
        at++;
        return String.valueOf(c);
      }
    }
  }

  private void skipGroup() {
    int depth = 1;
    while (depth > 0) {
      char c = pattern.charAt(at++);
      if (c == '\\') {
        at++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
  }

  private char escape(char c) {
    return switch (c) {
      case 'd' -> (char) ('0' + random.nextInt(10));
      case 'w' -> (char) ('a' + random.nextInt(26));
      case 's' -> ' ';
      case 'p', 'P' -> throw new IllegalArgumentException("unicode classes");
      default -> c;
    };
  }

  private char characterClass() {
    at++; // '['
    boolean negated = pattern.charAt(at) == '^';
    if (negated) {
      at++;
    }
    List<char[]> ranges = new ArrayList<>();
    boolean first = true;
    while (first || pattern.charAt(at) != ']') {
      first = false;
      char from = pattern.charAt(at++);
      if (from == '\\') {
        char escaped = pattern.charAt(at++);
        if (escaped == 'p' || escaped == 'P') {
          at = pattern.indexOf('}', at) + 1;
          continue;
        }
        from = escape(escaped);
      }
      char to = from;
      if (pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
        at++;
        to = pattern.charAt(at++);
        if (to == '\\') {
          to = escape(pattern.charAt(at++));
        }
      }
      ranges.add(new char[] {from, to});
    }
    at++; // ']'
    if (negated) {
      // Letters are outside every negated class the API uses (they exclude punctuation).
      for (int tries = 0; tries < 100; tries++) {
        char candidate = (char) ('a' + random.nextInt(26));
        if (ranges.stream().noneMatch(r -> candidate >= r[0] && candidate <= r[1])) {
          return candidate;
        }
      }
      throw new IllegalArgumentException("negated class");
    }
    char[] range = ranges.get(random.nextInt(ranges.size()));
    return (char) (range[0] + random.nextInt(range[1] - range[0] + 1));
  }
}
