package io.carefile.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The category table at and around each threshold, with the UK defaults: Category 1 over 34m with a
 * recommender, or over 7m with a recommender and re-sharing; 2A search over 7m; 2B user-to-user
 * with direct messaging over 3m; otherwise Core. "Over" is strictly more.
 */
class PlatformCategoryPolicyTest {

  private static final PlatformCategoryPolicy UK =
      new PlatformCategoryPolicy(
          new PlatformCategoryPolicy.Thresholds(34_000_000, 7_000_000, 7_000_000, 3_000_000));

  @ParameterizedTest(name = "{0} with [{1}] and {2} UK users is {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Category 1: recommender, over 34m
        "USER_TO_USER | CONTENT_RECOMMENDER | 33999999 | CORE",
        "USER_TO_USER | CONTENT_RECOMMENDER | 34000000 | CORE",
        "USER_TO_USER | CONTENT_RECOMMENDER | 34000001 | CATEGORY_1",
        "USER_TO_USER | RESHARING | 40000000 | CORE",
        "USER_TO_USER | | 40000000 | CORE",
        // Category 1: recommender and re-sharing, over 7m
        "USER_TO_USER | CONTENT_RECOMMENDER+RESHARING | 6999999 | CORE",
        "USER_TO_USER | CONTENT_RECOMMENDER+RESHARING | 7000000 | CORE",
        "USER_TO_USER | CONTENT_RECOMMENDER+RESHARING | 7000001 | CATEGORY_1",
        "USER_TO_USER | CONTENT_RECOMMENDER+RESHARING+DIRECT_MESSAGING | 7000000 | CATEGORY_2B",
        "USER_TO_USER | CONTENT_RECOMMENDER+RESHARING+DIRECT_MESSAGING | 7000001 | CATEGORY_1",
        // Category 2A: search, over 7m
        "SEARCH | | 6999999 | CORE",
        "SEARCH | | 7000000 | CORE",
        "SEARCH | | 7000001 | CATEGORY_2A",
        "SEARCH | CONTENT_RECOMMENDER+RESHARING | 40000000 | CATEGORY_2A",
        // Category 2B: user-to-user with direct messaging, over 3m
        "USER_TO_USER | DIRECT_MESSAGING | 2999999 | CORE",
        "USER_TO_USER | DIRECT_MESSAGING | 3000000 | CORE",
        "USER_TO_USER | DIRECT_MESSAGING | 3000001 | CATEGORY_2B",
        "USER_TO_USER | CONTENT_RECOMMENDER+DIRECT_MESSAGING | 34000000 | CATEGORY_2B",
        "SEARCH | DIRECT_MESSAGING | 5000000 | CORE",
        // A service of several kinds takes the most demanding category it qualifies for
        "USER_TO_USER+SEARCH | DIRECT_MESSAGING | 7000000 | CATEGORY_2B",
        "USER_TO_USER+SEARCH | DIRECT_MESSAGING | 7000001 | CATEGORY_2A",
        "USER_TO_USER+SEARCH | CONTENT_RECOMMENDER | 34000001 | CATEGORY_1",
        "USER_TO_USER+SEARCH | CONTENT_RECOMMENDER+RESHARING | 7000001 | CATEGORY_1",
        // Neither kind nor size
        "PORNOGRAPHY_PROVIDER | | 50000000 | CORE",
        "USER_TO_USER | CONTENT_RECOMMENDER+RESHARING+DIRECT_MESSAGING | 0 | CORE",
        "USER_TO_USER | CONTENT_RECOMMENDER | 9223372036854775807 | CATEGORY_1",
      })
  void derivesTheCategoryFromTheFigures(
      String kinds, String features, long ukUsers, PlatformCategory expected) {
    assertThat(UK.categoryOf(kinds(kinds), features(features), ukUsers)).isEqualTo(expected);
  }

  @Test
  void thresholdsComeFromConfigurationNotCode() {
    PlatformCategoryPolicy policy =
        new PlatformCategoryPolicy(new PlatformCategoryPolicy.Thresholds(100, 50, 20, 10));

    assertThat(policy.categoryOf(kinds("USER_TO_USER"), features("CONTENT_RECOMMENDER"), 100))
        .isEqualTo(PlatformCategory.CORE);
    assertThat(policy.categoryOf(kinds("USER_TO_USER"), features("CONTENT_RECOMMENDER"), 101))
        .isEqualTo(PlatformCategory.CATEGORY_1);
    assertThat(
            policy.categoryOf(kinds("USER_TO_USER"), features("CONTENT_RECOMMENDER+RESHARING"), 51))
        .isEqualTo(PlatformCategory.CATEGORY_1);
    assertThat(policy.categoryOf(kinds("SEARCH"), features(null), 21))
        .isEqualTo(PlatformCategory.CATEGORY_2A);
    assertThat(policy.categoryOf(kinds("USER_TO_USER"), features("DIRECT_MESSAGING"), 11))
        .isEqualTo(PlatformCategory.CATEGORY_2B);
    assertThat(policy.categoryOf(kinds("USER_TO_USER"), features("DIRECT_MESSAGING"), 10))
        .isEqualTo(PlatformCategory.CORE);
  }

  @Test
  void negativeThresholdsAreRefused() {
    assertThatThrownBy(() -> new PlatformCategoryPolicy.Thresholds(34_000_000, -1, 7, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be negative");
  }

  private static Set<ServiceKind> kinds(String names) {
    return EnumSet.copyOf(Arrays.stream(names.split("\\+")).map(ServiceKind::valueOf).toList());
  }

  private static Set<ServiceFeature> features(String names) {
    Set<ServiceFeature> features = EnumSet.noneOf(ServiceFeature.class);
    if (names != null) {
      Arrays.stream(names.split("\\+")).map(ServiceFeature::valueOf).forEach(features::add);
    }
    return features;
  }
}
