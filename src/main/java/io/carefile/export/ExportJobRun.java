package io.carefile.export;

import io.carefile.common.jobs.OneOffJob;
import io.carefile.common.tenancy.RequesterScope;
import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The run of a background export (a one-off job whose payload is the job's id): the source is found
 * by its name among the features' {@link ExportSource} beans and read in the requester's recorded
 * scope, never the job's own, which sees every platform. Safe to repeat: a run of a job already
 * written does nothing, and a run cut short starts its file again.
 */
@ApplicationScoped
class ExportJobRun implements OneOffJob {

  static final String KIND = "export";

  private final ExportJobStore store;
  private final ExportFilters filters;
  private final List<ExportSource<?, ?>> sources;
  private final ExportConfig config;
  private final Clock clock;

  ExportJobRun(
      ExportJobStore store,
      ExportFilters filters,
      @All List<ExportSource<?, ?>> sources,
      ExportConfig config,
      Clock clock) {
    this.store = store;
    this.filters = filters;
    this.sources = sources;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public String name() {
    return KIND;
  }

  @Override
  public void run(String payload) {
    UUID id = UUID.fromString(payload);
    store
        .start(id)
        .ifPresent(
            run -> {
              Optional<ExportSource<?, ?>> source =
                  sources.stream().filter(s -> s.name().equals(run.source())).findFirst();
              if (source.isEmpty()) {
                Log.warnf("Export %s names the source %s, which none offers", id, run.source());
                store.fail(id);
                return;
              }
              RequesterScope.run(run.scope(), () -> write(source.get(), run));
            });
  }

  private <R, F> void write(ExportSource<R, F> source, ExportJobStore.Run run) {
    F filter = filters.read(run.filters(), source.filterType());
    ExportAbout about =
        new ExportAbout(
            run.title(), clock.instant(), run.requesterName(), filters.described(run.filters()));
    AtomicLong written = new AtomicLong();
    byte[] content =
        SpreadsheetWriting.write(
            source,
            filter,
            about,
            config.rowWindow(),
            rows -> {
              written.set(rows);
              store.progress(run.id(), rows);
            });
    store.finish(run.id(), written.get(), content);
  }
}
