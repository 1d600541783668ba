package io.carefile.platform;

import java.util.Set;

/**
 * Derives a platform's category from its figures, UK-style. The categories are tried from the most
 * demanding down, so a service that qualifies for several (a user-to-user service that is also a
 * search engine) gets the first. "Over" a threshold means strictly more users than it.
 *
 * <p>Plain Java on purpose: the rule is tested with fast tables, and its numbers come from
 * configuration ({@link PlatformCategoryConfig}).
 */
public final class PlatformCategoryPolicy {

  /** The UK monthly active users a service must exceed to enter each category. */
  public record Thresholds(
      long category1RecommenderUsers,
      long category1RecommenderResharingUsers,
      long category2aSearchUsers,
      long category2bDirectMessagingUsers) {

    public Thresholds {
      if (category1RecommenderUsers < 0
          || category1RecommenderResharingUsers < 0
          || category2aSearchUsers < 0
          || category2bDirectMessagingUsers < 0) {
        throw new IllegalArgumentException("Category thresholds cannot be negative: " + this);
      }
    }
  }

  private final Thresholds thresholds;

  public PlatformCategoryPolicy(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  public PlatformCategory categoryOf(
      Set<ServiceKind> serviceKinds,
      Set<ServiceFeature> serviceFeatures,
      long ukMonthlyActiveUsers) {
    boolean userToUser = serviceKinds.contains(ServiceKind.USER_TO_USER);
    boolean recommends = userToUser && serviceFeatures.contains(ServiceFeature.CONTENT_RECOMMENDER);
    boolean reshares = serviceFeatures.contains(ServiceFeature.RESHARING);
    boolean messages = userToUser && serviceFeatures.contains(ServiceFeature.DIRECT_MESSAGING);

    if (recommends && ukMonthlyActiveUsers > thresholds.category1RecommenderUsers()
        || recommends
            && reshares
            && ukMonthlyActiveUsers > thresholds.category1RecommenderResharingUsers()) {
      return PlatformCategory.CATEGORY_1;
    }
    if (serviceKinds.contains(ServiceKind.SEARCH)
        && ukMonthlyActiveUsers > thresholds.category2aSearchUsers()) {
      return PlatformCategory.CATEGORY_2A;
    }
    if (messages && ukMonthlyActiveUsers > thresholds.category2bDirectMessagingUsers()) {
      return PlatformCategory.CATEGORY_2B;
    }
    return PlatformCategory.CORE;
  }
}
