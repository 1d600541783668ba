package io.carefile.export;

import io.carefile.common.jobs.RecurringJob;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes the files of background exports past their expiry, across every instance once. */
@ApplicationScoped
class ExportExpiry implements RecurringJob {

  private final ExportJobStore store;
  private final ExportConfig config;

  ExportExpiry(ExportJobStore store, ExportConfig config) {
    this.store = store;
    this.config = config;
  }

  @Override
  public String name() {
    return "export-expiry";
  }

  @Override
  public String cron() {
    return config.expiryCron();
  }

  @Override
  public void run() {
    int expired = store.expire();
    if (expired > 0) {
      Log.infof("Background exports expired: %d", expired);
    }
  }
}
