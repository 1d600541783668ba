package io.carefile.filing;

/** How a submission reached the regulator. */
public enum FilingSource {
  PORTAL,
  API,
  SPREADSHEET
}
