package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every chart tag, drawn by a test-only page ({@link ChartGalleryTestPage}) with fixed figures and
 * their edge cases: each is one SVG image named by its title and described by its summary, beside a
 * table holding every figure it draws, and the page passes axe's WCAG 2.2 AA audit.
 */
@QuarkusTest
class ChartsBrowserTest extends PortalBrowser {

  @Test
  void eachChartIsAnImageWithItsFiguresInATable() {
    signIn("regulator-analyst", "/portal/regulator");
    page.navigate(url("/portal/test-support/charts"));

    Locator images = page.locator("svg[role=img]");
    assertThat(images).hasCount(4);
    for (String id : List.of("box", "histogram", "heat", "trend")) {
      Locator image = page.locator("#" + id + " svg[role=img]");
      assertThat(image).hasAttribute("aria-labelledby", id + "-title");
      assertThat(image).hasAttribute("aria-describedby", id + "-desc");
      assertThat(page.locator("#" + id + "-title")).not().isEmpty();
      page.locator("#" + id + "-figures summary").click();
      assertThat(page.locator("#" + id + "-table")).isVisible();
    }
    screenshot("charts-gallery");

    // Box plot: five figures a group, the values beyond the whiskers, this return; one withheld.
    assertThat(page.locator("#box rect")).hasCount(2);
    assertThat(page.locator("#box circle")).hasCount(1);
    assertThat(page.locator("#box path.carefile-chart__highlight")).hasCount(1);
    assertThat(rowsOf("box"))
        .containsExactly(
            List.of("Category 1", "40", "60", "70", "80", "95", "12.5", "89.58"),
            List.of(
                "Category 2A services with many users", "20", "45", "55", "65", "85", "None", ""),
            List.of("Category 2B", "Fewer than 5 platforms: withheld", ""));
    assertThat(page.locator("#box-table thead th").last()).hasText("This return");

    // Histogram: a bar per bin, the last bin closed at the top.
    assertThat(page.locator("#histogram rect.carefile-chart__bar")).hasCount(4);
    assertThat(rowsOf("histogram"))
        .containsExactly(
            List.of("0 to under 25", "1"),
            List.of("25 to under 50", "2"),
            List.of("50 to under 75", "3"),
            List.of("75 to 100", "1"));

    // Heat map: every cell shows its number, a dash where there are no points.
    assertThat(page.locator("#heat rect.carefile-chart__cell")).hasCount(6);
    assertThat(page.locator("#heat svg text"))
        .containsText(new String[] {"75", "100", "–", "50", "0", "20"});
    assertThat(rowsOf("heat"))
        .containsExactly(
            List.of("Proactive detection rate", "75", "100"),
            List.of("User reports actioned within 24 hours", "Not scored", "50"),
            List.of("Removal speed", "0", "20"));

    // Trend: a period without a value keeps its row and breaks the line.
    assertThat(page.locator("#trend path.carefile-chart__mark")).hasCount(2);
    assertThat(page.locator("#trend polyline")).hasCount(0);
    assertThat(rowsOf("trend"))
        .containsExactly(
            List.of("Jan to Mar 2026", "42.10", "Red"),
            List.of("Apr to Jun 2026", "", "Not scored"),
            List.of("Jul to Sep 2026", "100.00", "Green"));

    // No data: words instead of an empty chart.
    assertThat(page.locator("#empty-empty")).hasText("There are no figures to show yet.");
    assertThat(page.locator("#empty svg")).hasCount(0);
  }

  private List<List<String>> rowsOf(String id) {
    return page.locator("#" + id + "-table tbody tr").all().stream()
        .map(row -> row.locator("th, td").allTextContents().stream().map(String::strip).toList())
        .toList();
  }
}
