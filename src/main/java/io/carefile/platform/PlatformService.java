package io.carefile.platform;

import io.carefile.audit.AuditLog;
import io.carefile.common.db.ConstraintViolations;
import io.carefile.common.error.Problem;
import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PlatformService {

  private static final String SLUG_UNIQUE = "platform_slug_unique";

  private final PlatformRepository platforms;
  private final PlatformIdentityProvisioner identities;
  private final PlatformCategoryPolicy categories;
  private final AuditLog audit;
  private final Clock clock;

  PlatformService(
      PlatformRepository platforms,
      PlatformIdentityProvisioner identities,
      PlatformCategoryConfig categoryConfig,
      AuditLog audit,
      Clock clock) {
    this.platforms = platforms;
    this.identities = identities;
    this.categories = new PlatformCategoryPolicy(categoryConfig.thresholds());
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PlatformView> list(PlatformFilter filter, PageRequest page) {
    return platforms.pageVisible(filter, page).map(PlatformView::of);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PlatformView get(UUID id) {
    return PlatformView.of(platforms.getVisible(id));
  }

  /**
   * Onboards a platform and provisions its identity in Keycloak, all or nothing: the platform row,
   * the Keycloak group and officer, and the audit event exist together or not at all. The row is
   * written first so that a taken slug is refused before Keycloak is touched.
   */
  @Transactional
  public PlatformOnboarding onboard(PlatformOnboardingRequest request) {
    Platform platform = new Platform();
    platform.id = UUID.randomUUID();
    platform.slug = request.slug();
    platform.status = PlatformStatus.ACTIVE;
    platform.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    applyProfile(platform, request.profile());
    insert(platform);

    ComplianceOfficer officer = request.firstOfficer();
    PlatformIdentityProvisioner.Provisioned identity =
        identities.provision(
            platform.id,
            platform.slug,
            new ComplianceOfficer(
                officer.email().strip().toLowerCase(Locale.ROOT),
                officer.firstName().strip(),
                officer.lastName().strip()));
    PlatformOnboarding onboarding =
        new PlatformOnboarding(PlatformView.of(platform), identity.groupPath(), identity.officer());
    audit.append(
        new AuditLog.Entry("platform.onboarded", "Platform", platform.id, platform.id, onboarding));
    return onboarding;
  }

  /** Replaces a platform's profile and re-derives its category. */
  @Transactional
  public PlatformView updateProfile(UUID id, PlatformProfileUpdate update) {
    Platform platform = platforms.getVisible(id);
    requireVersion(platform, update.expectedVersion());
    PlatformView before = PlatformView.of(platform);
    applyProfile(platform, update.profile());
    if (PlatformView.of(platform).equals(before)) {
      return before;
    }
    PlatformView updated = flush(platform);
    audit.append(
        new AuditLog.Entry(
            "platform.profile-updated", "Platform", id, id, Map.of("platform", updated)));
    return updated;
  }

  /** Changes a platform's status, refusing a change made against a version already replaced. */
  @Transactional
  public PlatformView changeStatus(UUID id, PlatformStatusChange change) {
    Platform platform = platforms.getVisible(id);
    requireVersion(platform, change.expectedVersion());
    if (platform.status == change.status()) {
      throw new ProblemException(
          PlatformProblems.STATUS_UNCHANGED, "Platform " + id + " is already " + change.status());
    }
    platform.status = change.status();
    PlatformView changed = flush(platform);
    audit.append(
        new AuditLog.Entry(
            "platform.status-changed",
            "Platform",
            id,
            id,
            Map.of("platform", changed, "reason", change.reason())));
    return changed;
  }

  /**
   * The ACTIVE platforms in any of these categories, for system work such as obligation generation.
   * Not scoped to a caller: never answer a request with it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UUID> activePlatformsIn(Set<PlatformCategory> categories) {
    return categories.isEmpty() ? List.of() : platforms.activeIdsIn(categories);
  }

  private void applyProfile(Platform platform, PlatformProfile profile) {
    platform.legalName = profile.legalName().strip();
    platform.tradingName = blankToNull(profile.tradingName());
    platform.companyNumber = blankToNull(profile.companyNumber());
    platform.country = profile.country();
    platform.serviceKinds = EnumSet.copyOf(profile.serviceKinds());
    platform.serviceFeatures =
        profile.serviceFeatures() == null || profile.serviceFeatures().isEmpty()
            ? EnumSet.noneOf(ServiceFeature.class)
            : EnumSet.copyOf(profile.serviceFeatures());
    platform.ukMonthlyActiveUsers = profile.ukMonthlyActiveUsers();
    QualifyingRevenue revenue = profile.qualifyingRevenue();
    // Two decimal places always, as stored, so that 100 and 100.00 are the same figure.
    platform.revenueAmount = revenue.amount().setScale(2);
    platform.revenueCurrency = revenue.currency();
    platform.revenueYearEnd = revenue.financialYearEnd();
    platform.category =
        categories.categoryOf(
            platform.serviceKinds, platform.serviceFeatures, platform.ukMonthlyActiveUsers);
  }

  private void insert(Platform platform) {
    try {
      platforms.persist(platform);
      platforms.flush();
    } catch (PersistenceException e) {
      if (ConstraintViolations.isViolationOf(e, SLUG_UNIQUE)) {
        throw new ProblemException(
            PlatformProblems.SLUG_TAKEN,
            "A platform with the slug " + platform.slug + " already exists",
            List.of(new Problem.FieldError("slug", "is already taken")));
      }
      throw e;
    }
  }

  /** Writes the change now, so that a concurrent edit is a conflict rather than a failed commit. */
  private PlatformView flush(Platform platform) {
    try {
      platforms.flush();
    } catch (OptimisticLockException e) {
      throw ProblemException.changedConcurrently();
    }
    return PlatformView.of(platform);
  }

  private static void requireVersion(Platform platform, long expectedVersion) {
    if (platform.version != expectedVersion) {
      throw ProblemException.staleVersion(
          "Platform", platform.id, platform.version, expectedVersion);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Display names (trading name, else legal name) of those of the platforms the caller may see. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<UUID, String> namesOf(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return platforms.listVisible("id in :ids", Sort.by("id"), Map.of("ids", ids)).stream()
        .collect(
            Collectors.toMap(
                platform -> platform.id,
                platform ->
                    platform.tradingName != null ? platform.tradingName : platform.legalName));
  }
}
