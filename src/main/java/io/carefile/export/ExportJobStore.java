package io.carefile.export;

import io.carefile.common.error.ProblemException;
import io.carefile.common.jobs.OneOffJobs;
import io.carefile.common.tenancy.Scope;
import io.carefile.common.tenancy.TenantScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Background exports' rows: queued for a requester, run, and expired. */
@ApplicationScoped
class ExportJobStore {

  /** What a requester asked for. */
  record Request(
      String source,
      String title,
      String filters,
      long rowsTotal,
      String fileName,
      String requestedBy,
      String requesterName) {}

  /** What a run needs of its job: the source, its filter, and the requester's scope. */
  record Run(
      UUID id, String source, String title, String filters, String requesterName, Scope scope) {}

  private final ExportJobRepository jobs;
  private final OneOffJobs oneOffJobs;
  private final TenantScope tenantScope;
  private final ExportConfig config;
  private final Clock clock;

  ExportJobStore(
      ExportJobRepository jobs,
      OneOffJobs oneOffJobs,
      TenantScope tenantScope,
      ExportConfig config,
      Clock clock) {
    this.jobs = jobs;
    this.oneOffJobs = oneOffJobs;
    this.tenantScope = tenantScope;
    this.config = config;
    this.clock = clock;
  }

  /** Records the job in the caller's scope and submits its run, both or neither. */
  @Transactional
  ExportStatus queue(Request request) {
    Scope scope = tenantScope.current();
    Instant now = clock.instant();
    ExportJob job = new ExportJob();
    job.id = UUID.randomUUID();
    job.platformId = scope.platform();
    job.requesterSeesAll = scope.all();
    job.requestedBy = request.requestedBy();
    job.requesterName = request.requesterName();
    job.source = request.source();
    job.title = request.title();
    job.filters = request.filters();
    job.state = ExportState.QUEUED;
    job.rowsTotal = request.rowsTotal();
    job.fileName = request.fileName();
    job.requestedAt = now;
    job.expiresAt = now.plus(config.expiry());
    jobs.persist(job);
    oneOffJobs.submit(ExportJobRun.KIND, job.id.toString(), job.id.toString());
    return ExportStatus.of(job);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  ExportStatus status(UUID id, String requester) {
    return ExportStatus.of(requested(id, requester));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  ExportAnswer.File file(UUID id, String requester) {
    ExportJob job = requested(id, requester);
    switch (job.state) {
      case QUEUED, RUNNING ->
          throw new ProblemException(
              ExportProblems.EXPORT_NOT_READY,
              job.rowsDone + " of " + job.rowsTotal + " rows are written; ask again shortly");
      case FAILED ->
          throw new ProblemException(
              ExportProblems.EXPORT_FAILED, "This export is no longer offered; ask for it again");
      case EXPIRED -> throw expired(job);
      case DONE -> {
        if (!job.expiresAt.isAfter(clock.instant())) {
          throw expired(job);
        }
      }
    }
    return new ExportAnswer.File(job.fileName, job.content);
  }

  /**
   * Takes the job for a run: a job already written, failed or expired is left alone (a repeated
   * run), one past its expiry is expired; otherwise its progress starts again from none.
   */
  @Transactional
  Optional<Run> start(UUID id) {
    ExportJob job = jobs.getVisibleForUpdate(id);
    if (job.state != ExportState.QUEUED && job.state != ExportState.RUNNING) {
      return Optional.empty();
    }
    if (!job.expiresAt.isAfter(clock.instant())) {
      job.state = ExportState.EXPIRED;
      return Optional.empty();
    }
    job.state = ExportState.RUNNING;
    job.rowsDone = 0;
    Scope scope = job.requesterSeesAll ? Scope.ALL : Scope.of(job.platformId);
    return Optional.of(
        new Run(job.id, job.source, job.title, job.filters, job.requesterName, scope));
  }

  @Transactional
  void progress(UUID id, long rowsDone) {
    running(id).ifPresent(job -> job.rowsDone = rowsDone);
  }

  /** Keeps the written file; the job expires {@code carefile.export.expiry} after this. */
  @Transactional
  void finish(UUID id, long rows, byte[] content) {
    running(id)
        .ifPresent(
            job -> {
              Instant now = clock.instant();
              job.rowsDone = rows;
              job.rowsTotal = rows;
              job.content = content;
              job.state = ExportState.DONE;
              job.finishedAt = now;
              job.expiresAt = now.plus(config.expiry());
            });
  }

  @Transactional
  void fail(UUID id) {
    running(id).ifPresent(job -> job.state = ExportState.FAILED);
  }

  /** Deletes the files of every job past its expiry; the jobs stay, as EXPIRED. */
  @Transactional
  int expire() {
    List<ExportJob> due =
        jobs.listVisible(
            "state <> :expired and expiresAt <= :now",
            Sort.empty(),
            Map.of("expired", ExportState.EXPIRED, "now", clock.instant()));
    due.forEach(
        job -> {
          job.state = ExportState.EXPIRED;
          job.content = null;
        });
    return due.size();
  }

  private Optional<ExportJob> running(UUID id) {
    ExportJob job = jobs.getVisibleForUpdate(id);
    return job.state == ExportState.RUNNING ? Optional.of(job) : Optional.empty();
  }

  private ExportJob requested(UUID id, String requester) {
    return jobs.findVisible(id)
        .filter(job -> job.requestedBy.equals(requester))
        .orElseThrow(() -> ProblemException.notFound("Export", id));
  }

  private static ProblemException expired(ExportJob job) {
    return new ProblemException(
        ExportProblems.EXPORT_EXPIRED,
        "This export expired at " + job.expiresAt + " and its file is deleted; ask for it again");
  }
}
