package io.carefile.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The size bands of UK monthly active users, in order: the first starts at 0, each later one at a
 * higher number, and a platform is in the last band whose lower bound it reaches. Plain Java: the
 * bands come from configuration ({@code carefile.benchmarks.size-bands}).
 */
public final class SizeBands {

  private final List<SizeBand> bands;

  /**
   * @throws IllegalArgumentException unless the bands start at 0, rise strictly and have distinct
   *     codes
   */
  public SizeBands(List<SizeBand> bands) {
    if (bands == null || bands.isEmpty()) {
      throw new IllegalArgumentException("At least one size band is needed, starting at 0 users");
    }
    if (bands.getFirst().fromUsers() != 0) {
      throw new IllegalArgumentException(
          "The first size band must start at 0 users, not " + bands.getFirst().fromUsers());
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      SizeBand band = bands.get(i);
      if (!codes.add(band.code())) {
        throw new IllegalArgumentException("Size band " + band.code() + " is configured twice");
      }
      if (i > 0 && band.fromUsers() <= bands.get(i - 1).fromUsers()) {
        throw new IllegalArgumentException(
            "Size bands must rise: "
                + band.code()
                + " starts at "
                + band.fromUsers()
                + ", not above "
                + bands.get(i - 1).code()
                + "'s "
                + bands.get(i - 1).fromUsers());
      }
    }
    this.bands = List.copyOf(new ArrayList<>(bands));
  }

  /** The band of a platform with this many UK monthly active users. */
  public SizeBand bandOf(long ukMonthlyActiveUsers) {
    SizeBand found = bands.getFirst();
    for (SizeBand band : bands) {
      if (ukMonthlyActiveUsers >= band.fromUsers()) {
        found = band;
      }
    }
    return found;
  }

  public Optional<SizeBand> find(String code) {
    return bands.stream().filter(band -> band.code().equals(code)).findFirst();
  }

  public List<SizeBand> all() {
    return bands;
  }

  public List<String> codes() {
    return bands.stream().map(SizeBand::code).toList();
  }
}
