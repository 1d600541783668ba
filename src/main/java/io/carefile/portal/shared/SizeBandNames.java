package io.carefile.portal.shared;

import io.carefile.scoring.BenchmarkService;
import io.carefile.scoring.SizeBand;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The size bands of peer benchmarks as pages name them: by the numbers of UK monthly active users
 * each covers ("1,000,000 to 6,999,999 UK users"), since the bands are configuration and their
 * codes are not words.
 */
@ApplicationScoped
public class SizeBandNames {

  private final BenchmarkService benchmarks;
  private final PortalMessages words;

  SizeBandNames(BenchmarkService benchmarks, PortalMessages words) {
    this.benchmarks = benchmarks;
    this.words = words;
  }

  /** The configured bands, lowest first. */
  public List<SizeBand> bands() {
    return benchmarks.sizeBands();
  }

  /** The band's name; a code no band has (a band since removed) is shown as it is. */
  public String nameOf(String code) {
    List<SizeBand> bands = bands();
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).code().equals(code)) {
        boolean last = i == bands.size() - 1;
        return words.sizeBandName(
            NumberFormats.formatted(bands.get(i).fromUsers()),
            last ? "" : NumberFormats.formatted(bands.get(i + 1).fromUsers() - 1),
            last);
      }
    }
    return code;
  }
}
