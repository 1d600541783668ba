package io.carefile.platform;

import io.carefile.audit.AuditLog;
import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PlatformService {

  private final PlatformRepository platforms;
  private final AuditLog audit;

  PlatformService(PlatformRepository platforms, AuditLog audit) {
    this.platforms = platforms;
    this.audit = audit;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PlatformView> list(PageRequest page) {
    return platforms
        .pageVisible("", Sort.by("legalName").and("id"), Map.of(), page)
        .map(PlatformView::of);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PlatformView get(UUID id) {
    return PlatformView.of(platforms.getVisible(id));
  }

  /** Changes a platform's status, refusing a change made against a version already replaced. */
  @Transactional
  public PlatformView changeStatus(UUID id, PlatformStatusChange change) {
    Platform platform = platforms.getVisible(id);
    if (platform.version != change.expectedVersion()) {
      throw ProblemException.conflict(
          "Platform "
              + id
              + " has changed since you read it (version "
              + platform.version
              + ", you sent "
              + change.expectedVersion()
              + "); read it again and retry");
    }
    if (platform.status == change.status()) {
      throw ProblemException.conflict("Platform " + id + " is already " + change.status());
    }
    platform.status = change.status();
    platforms.flush();
    PlatformView changed = PlatformView.of(platform);
    audit.append(
        new AuditLog.Entry(
            "platform.status-changed",
            "Platform",
            id,
            id,
            Map.of("platform", changed, "reason", change.reason())));
    return changed;
  }
}
