package io.carefile.portal.shared.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels broken into lines that fit a chart: SVG text does not wrap by itself. Words are kept whole
 * where they fit; a word longer than a line is cut, and text beyond the last line ends in an
 * ellipsis (the table beside the chart always has the whole label).
 */
public final class TextLines {

  private TextLines() {}

  public static List<String> wrap(String text, int maxChars, int maxLines) {
    if (maxChars < 2 || maxLines < 1) {
      throw new IllegalArgumentException("A line needs 2 characters or more, and 1 line or more");
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      while (word.length() > maxChars) {
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, maxChars - 1) + "-");
        word = word.substring(maxChars - 1);
      }
      if (line.isEmpty()) {
        line.append(word);
      } else if (line.length() + 1 + word.length() <= maxChars) {
        line.append(' ').append(word);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() <= maxLines) {
      return List.copyOf(lines);
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    String last = kept.getLast();
    kept.set(
        maxLines - 1, (last.length() >= maxChars ? last.substring(0, maxChars - 1) : last) + "…");
    return List.copyOf(kept);
  }
}
