package io.carefile.filing;

import java.util.regex.Pattern;

/**
 * The accession number of a submitted version: {@code <prefix>-<year>-<filing number>-<version>},
 * e.g. {@code DCR-2026-000123-02}. The year and the filing number are the filing's, given when it
 * was started, so every version of one return shares them and sorts together.
 *
 * <p>Plain Java on purpose: tested with a table; its prefix comes from {@link FilingConfig}.
 */
public final class AccessionNumberPolicy {

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,8}");

  private final String prefix;

  public AccessionNumberPolicy(String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "An accession prefix is 1 to 8 capital letters, not '" + prefix + "'");
    }
    this.prefix = prefix;
  }

  public String accessionNumber(int referenceYear, long filingNumber, int versionNumber) {
    if (versionNumber < 1 || versionNumber > 99) {
      throw new IllegalArgumentException("Versions are numbered 1 to 99, not " + versionNumber);
    }
    return String.format("%s-%d-%06d-%02d", prefix, referenceYear, filingNumber, versionNumber);
  }
}
