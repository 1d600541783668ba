package io.carefile.template;

import io.carefile.common.tenancy.SystemWork;
import io.carefile.template.definition.TemplateFiles;
import io.carefile.template.definition.TemplateFiles.TemplateFile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * Loads the template files at start and publishes the versions not yet stored. Any invalid file, or
 * a file that differs from its published version, stops the start with a message naming the file
 * and the problem.
 */
@ApplicationScoped
class TemplateFileLoader {

  private final TemplatesConfig config;
  private final TemplatePublisher publisher;
  private final TemplateService templates;

  TemplateFileLoader(
      TemplatesConfig config, TemplatePublisher publisher, TemplateService templates) {
    this.config = config;
    this.publisher = publisher;
    this.templates = templates;
  }

  void load(@Observes StartupEvent start) {
    // Publication at start is the service's own work, for no caller: its audit events name none.
    SystemWork.run(this::load);
  }

  private void load() {
    List<TemplateFile> files = TemplateFiles.load(config.directory());
    for (TemplateFile file : files) {
      try {
        publisher.publishFile(file.path(), file.template());
      } catch (PersistenceException raced) {
        // Another replica stored the same version at the same moment; check it against ours.
        publisher.publishFile(file.path(), file.template());
      }
      templates.remember(file.template());
    }
    Log.infof("Loaded %d return template files from %s", files.size(), config.directory());
  }
}
