package io.carefile.portal.shared.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One box of a box plot: a group (a category, a period) and its distribution, the values beyond its
 * whiskers as dots, and optionally one value to highlight ("this return"). A group may have no
 * distribution (too few members to show one): it is drawn as its note instead.
 *
 * @param distribution null when there is none to show
 * @param highlight null when this group has none
 * @param note why there is no distribution; required without one, unused with one
 */
public record BoxGroup(
    String label,
    Distribution distribution,
    List<BigDecimal> outliers,
    BigDecimal highlight,
    String note) {

  public BoxGroup {
    Objects.requireNonNull(label, "label");
    outliers = List.copyOf(outliers);
    if (distribution == null && note == null) {
      throw new IllegalArgumentException("A group without a distribution needs a note saying why");
    }
  }

  public static BoxGroup of(
      String label, Distribution distribution, List<BigDecimal> outliers, BigDecimal highlight) {
    return new BoxGroup(label, distribution, outliers, highlight, null);
  }

  public static BoxGroup withheld(String label, String note) {
    return new BoxGroup(label, null, List.of(), null, note);
  }
}
