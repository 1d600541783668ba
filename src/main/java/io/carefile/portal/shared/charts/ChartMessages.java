package io.carefile.portal.shared.charts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * The charts' own words, read by the chart tags as {@code chart:}: the table alternative's toggle
 * and headings, keys and legends, and periods as an axis writes them. A chart's title, summary and
 * the words of its values come from the page that draws it. The texts live in {@code
 * messages/chart_en-GB.properties}.
 */
@MessageBundle("chart")
public interface ChartMessages {

  @Message
  String showFigures();

  @Message
  String noFigures();

  @Message
  String legend();

  @Message
  String period();

  @Message
  String notShown();

  @Message
  String boxGroup();

  @Message
  String boxP5();

  @Message
  String boxP25();

  @Message
  String boxMedian();

  @Message
  String boxP75();

  @Message
  String boxP95();

  @Message
  String boxOutliers();

  @Message
  String boxNone();

  @Message
  String boxKey();

  @Message
  String heatKey();

  @Message
  String heatStep(int from, int to);

  @Message
  String heatNone();

  @Message
  String histogramRange(String from, String to, boolean last);

  @Message
  String periodMonths(LocalDate start, LocalDate end);

  @Message
  String periodYear(LocalDate date);

  @Message
  String periodMonthYearFrom(LocalDate date);

  @Message
  String periodMonthYear(LocalDate date);
}
