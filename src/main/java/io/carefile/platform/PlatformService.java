package io.carefile.platform;

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

  PlatformService(PlatformRepository platforms) {
    this.platforms = platforms;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PlatformView> list(PageRequest page) {
    return platforms.pageVisible("", Sort.by("legalName").and("id"), Map.of(), page)
        .map(PlatformView::of);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PlatformView get(UUID id) {
    return PlatformView.of(platforms.getVisible(id));
  }
}
