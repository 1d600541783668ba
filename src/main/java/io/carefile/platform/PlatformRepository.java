package io.carefile.platform;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.tenancy.Conditions;
import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Platforms, scoped like all platform-owned data: a platform's own users see only it. */
@ApplicationScoped
public class PlatformRepository extends PlatformScopedRepository<Platform> {

  PlatformRepository() {
    super(Platform.class, "Platform", "id", platform -> platform.id);
  }

  /** The platforms the caller may see that match the filter, by legal name. */
  Page<Platform> pageVisible(PlatformFilter filter, PageRequest page) {
    Conditions where =
        Conditions.where()
            .and("status = :status", "status", filter.wantedStatus())
            .and("category = :category", "category", filter.wantedCategory())
            .and(
                "(lower(legalName) like :text escape '\\' or lower(tradingName) like :text"
                    + " escape '\\' or slug like :text escape '\\')",
                "text",
                filter
                    .wantedText()
                    .map(text -> "%" + likeLiteral(text.toLowerCase(Locale.ROOT)) + "%"));
    return pageVisible(where.query(), Sort.by("legalName").and("id"), where.parameters(), page);
  }

  /** The ids of those ACTIVE platforms in these categories that are in scope. */
  List<UUID> activeIdsIn(Set<PlatformCategory> categories) {
    return listVisible(
            "status = :status and category in :categories",
            Sort.by("id"),
            Map.of("status", PlatformStatus.ACTIVE, "categories", categories))
        .stream()
        .map(platform -> platform.id)
        .toList();
  }

  /** The text matched literally: a user's % or _ is not a wildcard. */
  private static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
