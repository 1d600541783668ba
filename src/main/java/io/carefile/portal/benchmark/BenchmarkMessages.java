package io.carefile.portal.benchmark;

import io.carefile.platform.PlatformCategory;
import io.carefile.scoring.BenchmarkOutlierSide;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The benchmark pages' words, read by their templates as {@code benchmark:} (and by the home pages,
 * which link here). The texts live in {@code messages/benchmark_en-GB.properties}; the build fails
 * on a missing text or a wrong parameter.
 */
@MessageBundle("benchmark")
public interface BenchmarkMessages {

  @Message
  String benchmarksHeading();

  @Message
  String benchmarksIntro();

  @Message
  String benchmarksLink();

  @Message
  String heatMapLink();

  @Message
  String templateLabel();

  @Message
  String templateOption(String code, String title);

  @Message
  String periodLabel();

  @Message
  String periodHint();

  @Message
  String sizeBandLabel();

  @Message
  String sizeBandAny();

  @Message
  String categoryLabel();

  @Message
  String categoryAny();

  @Message
  String showBenchmarks();

  @Message
  String showHeatMap();

  @Message
  String templateNotChosen();

  @Message
  String periodNotChosen();

  @Message
  String periodNotOfTemplate();

  @Message
  String sizeBandNotChosen();

  @Message
  String categoryNotChosen();

  @Message
  String noPeriods(String template);

  @Message
  String groupName(PlatformCategory category, String sizeBand);

  @Message
  String groupWithheld(int k);

  @Message
  String totalWithheld(int k);

  @Message
  String noTotals();

  @Message
  String noReturns();

  @Message
  String benchmarksTitle();

  @Message
  String benchmarksCaption(String template, String period);

  @Message
  String regulatorIntro(int k);

  @Message
  String platformIntro(int k);

  @Message
  String countingNote();

  @Message
  String categoriesHeading();

  @Message
  String boxTitle();

  @Message
  String boxSummary(long withheld);

  @Message
  String boxCategory(PlatformCategory category, Integer count, boolean small, int k);

  @Message
  String yourReturn();

  @Message
  String outlierDots();

  @Message
  String ownHeading();

  @Message
  String ownNotPlaced();

  @Message
  String ownOutsideGroup();

  @Message
  String ownTotal();

  @Message
  String ownPercentile(String group);

  @Message
  String ownPercentileHint();

  @Message
  String ownNotScored();

  @Message
  String notShown();

  @Message
  String ownOutlier(BenchmarkOutlierSide side);

  @Message
  String measuresHeading();

  @Message
  String measuresCaption(String group);

  @Message
  String measure();

  @Message
  String platformsColumn();

  @Message
  String outlierCount();

  @Message
  String yourValue();

  @Message
  String yourPercentile();

  @Message
  String measureWithheld(int k);

  @Message
  String noValues();

  @Message
  String groupWithheldBody(int k);

  @Message
  String smallCohortWarning(int count, int k);

  @Message
  String outliersHeading();

  @Message
  String outliersCaption(String group);

  @Message
  String outliersNone();

  @Message
  String outlierPlatform();

  @Message
  String outlierValue();

  @Message
  String outlierSide();

  @Message
  String outlierSideName(BenchmarkOutlierSide side);

  @Message
  String viewReturn();

  @Message
  String heatTitle();

  @Message
  String heatIntro();

  @Message
  String heatChartTitle();

  @Message
  String heatSummary(long rows, long columns);

  @Message
  String heatCorner();

  @Message
  String heatNotScored();

  @Message
  String heatShowing(long from, long to, long total);

  @Message
  String heatNone();

  @Message
  String heatReturnsCaption();

  @Message
  String heatCategory();

  @Message
  String heatTotal();

  @Message
  String heatBand();

  @Message
  String backToBenchmarks();

  @Message
  String benchmarkDownload();

  @Message
  String scoresDownload();
}
