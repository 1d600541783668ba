package io.carefile.review;

import io.carefile.common.tenancy.PlatformScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class QueryMessageRepository extends PlatformScopedRepository<QueryMessage> {

  QueryMessageRepository() {
    super(QueryMessage.class, "Query message", "platformId", message -> message.platformId);
  }

  /** A query's messages, in the order they were written. */
  List<QueryMessage> threadOf(UUID queryId) {
    return listVisible("queryId = :query", Sort.by("number"), Map.of("query", queryId));
  }
}
