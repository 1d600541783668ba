package io.carefile.template;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "carefile.templates")
public interface TemplatesConfig {

  /**
   * The directory of template files, one per version at {@code CODE/vVERSION.yaml}, loaded at
   * start. A relative path is resolved against the working directory.
   */
  @WithDefault("config/templates")
  Path directory();
}
