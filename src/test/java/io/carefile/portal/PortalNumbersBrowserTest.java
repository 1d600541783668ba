package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Figures on pages have UK thousands separators, with every decimal place they were given. */
@QuarkusTest
class PortalNumbersBrowserTest extends PortalBrowser {

  private static final String NORTHWIND = "6f1c2a8e-4b1d-4c55-9a0e-0d5a1b7c9e01";

  @Test
  void platformFiguresAreWrittenWithThousandsSeparators() {
    signIn("regulator-analyst", "/portal/regulator");

    page.navigate(url("/portal/platforms/" + NORTHWIND));

    assertThat(page.locator("#profile")).containsText("40,000,000");
    assertThat(page.locator("#profile")).containsText("GBP 2,450,000,000.00");
  }
}
