package io.carefile.support;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the tests' datasource from an embedded PostgreSQL when none is configured. Enabled by
 * {@code carefile.embedded-postgres.enabled} (on in the test profile); a configured {@code
 * quarkus.datasource.jdbc.url} always wins. The application connects as its own role, Flyway as the
 * owner, as in production. Registered from the test classpath only.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

  /** Below application.properties (250) so that nothing configured is ever overridden. */
  private static final int ORDINAL = 200;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (!Boolean.parseBoolean(value(context, "carefile.embedded-postgres.enabled", "false"))
        || value(context, "quarkus.datasource.jdbc.url", null) != null) {
      return List.of();
    }
    String jdbcUrl =
        EmbeddedPostgresServer.start(
            Path.of(
                value(context, "carefile.embedded-postgres.directory", "target/embedded-postgres")),
            Boolean.parseBoolean(value(context, "carefile.embedded-postgres.fresh", "false")),
            Boolean.parseBoolean(value(context, "carefile.embedded-postgres.durable", "true")));
    return List.of(
        new PropertiesConfigSource(
            Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", EmbeddedPostgresServer.APP_USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.APP_USER,
                "quarkus.flyway.username", EmbeddedPostgresServer.OWNER,
                "quarkus.flyway.password", EmbeddedPostgresServer.OWNER),
            "embedded-postgres",
            ORDINAL));
  }

  private static String value(ConfigSourceContext context, String name, String fallback) {
    ConfigValue value = context.getValue(name);
    return value == null || value.getValue() == null || value.getValue().isBlank()
        ? fallback
        : value.getValue();
  }
}
