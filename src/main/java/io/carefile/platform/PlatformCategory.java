package io.carefile.platform;

/**
 * The regime's categories of regulated service, derived from a platform's figures by thresholds
 * kept in configuration. Templates name the categories that must file them.
 */
public enum PlatformCategory {
  CATEGORY_1("Category 1"),
  CATEGORY_2A("Category 2A"),
  CATEGORY_2B("Category 2B"),
  CORE("Core");

  private final String label;

  PlatformCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
