package io.carefile.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The category thresholds, in UK monthly active users ({@code carefile.platform.category.*}). The
 * defaults are the UK regime's; a regulator changes them by configuration, never in code.
 */
@ConfigMapping(prefix = "carefile.platform.category")
public interface PlatformCategoryConfig {

  /** Category 1: a user-to-user service with a content recommender and more users than this. */
  @WithDefault("34000000")
  long category1RecommenderUsers();

  /** Category 1 also: a user-to-user service with a recommender and re-sharing, over this. */
  @WithDefault("7000000")
  long category1RecommenderResharingUsers();

  /** Category 2A: a search service with more users than this. */
  @WithDefault("7000000")
  long category2aSearchUsers();

  /** Category 2B: a user-to-user service with direct messaging and more users than this. */
  @WithDefault("3000000")
  long category2bDirectMessagingUsers();

  default PlatformCategoryPolicy.Thresholds thresholds() {
    return new PlatformCategoryPolicy.Thresholds(
        category1RecommenderUsers(),
        category1RecommenderResharingUsers(),
        category2aSearchUsers(),
        category2bDirectMessagingUsers());
  }
}
