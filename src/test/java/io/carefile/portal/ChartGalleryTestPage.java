package io.carefile.portal;

import io.carefile.common.security.Roles;
import io.carefile.portal.shared.charts.Bin;
import io.carefile.portal.shared.charts.BoxGroup;
import io.carefile.portal.shared.charts.BoxPlot;
import io.carefile.portal.shared.charts.ChartTitle;
import io.carefile.portal.shared.charts.ChartTone;
import io.carefile.portal.shared.charts.Distribution;
import io.carefile.portal.shared.charts.HeatMap;
import io.carefile.portal.shared.charts.Histogram;
import io.carefile.portal.shared.charts.LinearScale;
import io.carefile.portal.shared.charts.ReferenceLine;
import io.carefile.portal.shared.charts.TrendChart;
import io.carefile.portal.shared.charts.TrendPoint;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only page drawing every chart tag with fixed figures, edge cases included (a withheld group,
 * a period not scored, a cell without points, long labels, no data at all), so that a browser test
 * audits each tag's markup with axe before a feature page uses it.
 */
@Path("/portal/test-support/charts")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ChartGalleryTestPage {

  private static final String PAGE =
      """
      {#include layout title='Charts'}
      {#content}
      <h1 class="govuk-heading-l">Charts</h1>
      <h2 class="govuk-heading-m">Box plot</h2>
      {#boxPlot chart=box /}
      <h2 class="govuk-heading-m">Histogram</h2>
      {#histogram chart=histogram /}
      <h2 class="govuk-heading-m">Heat map</h2>
      {#heatMap chart=heat /}
      <h2 class="govuk-heading-m">Trend</h2>
      {#trendChart chart=trend /}
      <h2 class="govuk-heading-m">No data</h2>
      {#trendChart chart=empty /}
      {/content}
      {/include}
      """;

  private final Template page;

  ChartGalleryTestPage(Engine engine) {
    this.page = engine.parse(PAGE);
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public String charts() {
    LinearScale hundred =
        LinearScale.fixed(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(25));
    BoxPlot box =
        BoxPlot.of(
            new ChartTitle(
                "box", "Scores by category", "Median scores of 70 and 55; one withheld."),
            hundred,
            List.of(
                BoxGroup.of(
                    "Category 1",
                    distribution("40", "60", "70", "80", "95"),
                    List.of(new BigDecimal("12.5")),
                    new BigDecimal("89.58")),
                BoxGroup.of(
                    "Category 2A services with many users",
                    distribution("20", "45", "55", "65", "85"),
                    List.of(),
                    null),
                BoxGroup.withheld("Category 2B", "Fewer than 5 platforms: withheld")),
            "This return");
    Histogram histogram =
        Histogram.of(
            new ChartTitle("histogram", "Returns by score", "Most returns scored 50 to 75."),
            "Score",
            "Returns",
            Bin.count(
                Arrays.stream(new String[] {"10", "30", "35", "60", "70", "71", "80"})
                    .map(BigDecimal::new)
                    .toList(),
                BigDecimal.ZERO,
                BigDecimal.valueOf(100),
                BigDecimal.valueOf(25)));
    HeatMap heat =
        HeatMap.of(
            new ChartTitle("heat", "Points by indicator", "Points of 3 indicators in 2 periods."),
            "Indicator",
            List.of(
                "Proactive detection rate",
                "User reports actioned within 24 hours",
                "Removal speed"),
            List.of("Jan–Mar 2026", "Apr–Jun 2026"),
            List.of(List.of(75, 100), Arrays.asList(null, 50), List.of(0, 20)),
            "Not scored");
    TrendChart trend =
        TrendChart.of(
            new ChartTitle("trend", "Score by period", "Three periods; the second not scored."),
            "Score",
            "Band",
            hundred,
            List.of(
                new TrendPoint(
                    "Jan to Mar 2026",
                    List.of("Jan–Mar", "2026"),
                    new BigDecimal("42.10"),
                    ChartTone.RED,
                    "Red"),
                new TrendPoint(
                    "Apr to Jun 2026",
                    List.of("Apr–Jun", "2026"),
                    null,
                    ChartTone.NEUTRAL,
                    "Not scored"),
                new TrendPoint(
                    "Jul to Sep 2026",
                    List.of("Jul–Sep", "2026"),
                    new BigDecimal("100.00"),
                    ChartTone.GREEN,
                    "Green")),
            List.of(
                new ReferenceLine(BigDecimal.valueOf(75), "Green from 75"),
                new ReferenceLine(BigDecimal.valueOf(50), "Amber from 50")));
    TrendChart empty =
        TrendChart.of(
            new ChartTitle("empty", "Nothing yet", "No periods."),
            "Score",
            "Band",
            null,
            List.of(),
            List.of());
    return page.data("box", box)
        .data("histogram", histogram)
        .data("heat", heat)
        .data("trend", trend)
        .data("empty", empty)
        .render();
  }

  private static Distribution distribution(
      String p5, String p25, String median, String p75, String p95) {
    return new Distribution(
        new BigDecimal(p5),
        new BigDecimal(p25),
        new BigDecimal(median),
        new BigDecimal(p75),
        new BigDecimal(p95));
  }
}
