package io.carefile.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link EffectiveBandChanged} the application fires, for the tests to read. */
@ApplicationScoped
public class EffectiveBandChanges {

  private final List<EffectiveBandChanged> fired = new CopyOnWriteArrayList<>();

  void record(@Observes EffectiveBandChanged changed) {
    fired.add(changed);
  }

  /** The events fired about the filing, in order. */
  public List<EffectiveBandChanged> about(String filingId) {
    UUID id = UUID.fromString(filingId);
    return fired.stream().filter(changed -> changed.filingId().equals(id)).toList();
  }
}
