package io.carefile.template.definition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the template directory: one file per template version, at {@code CODE/vVERSION.yaml} (or
 * {@code .yml}, {@code .json}). Other files (such as a README) are ignored. Every file is compiled;
 * if any is invalid, the whole directory is refused with every problem of every file.
 */
public final class TemplateFiles {

  /** A compiled template and the file it came from. */
  public record TemplateFile(Path path, CompiledTemplate template) {}

  private TemplateFiles() {}

  /**
   * @throws TemplateDirectoryException naming each invalid file and its problems
   * @throws IllegalStateException if the directory does not exist or cannot be read
   */
  public static List<TemplateFile> load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException(
          "The template directory " + directory.toAbsolutePath() + " does not exist");
    }
    List<TemplateFile> loaded = new ArrayList<>();
    List<InvalidTemplateException> invalid = new ArrayList<>();
    Map<String, Path> versions = new HashMap<>();
    for (Path file : templateFiles(directory)) {
      String name = directory.relativize(file).toString().replace('\\', '/');
      String source = file.toString();
      try {
        CompiledTemplate template =
            TemplateCompiler.compile(
                source,
                Files.readString(file, StandardCharsets.UTF_8),
                TemplateFormat.ofFileName(name).orElseThrow());
        checkPlace(source, name, template);
        Path other = versions.putIfAbsent(template.code() + "/v" + template.version(), file);
        if (other != null) {
          throw invalid(source, "declares the same code and version as " + other);
        }
        loaded.add(new TemplateFile(file, template));
      } catch (InvalidTemplateException e) {
        invalid.add(e);
      } catch (IOException e) {
        invalid.add(invalid(source, "cannot be read: " + e.getMessage()));
      }
    }
    if (!invalid.isEmpty()) {
      throw new TemplateDirectoryException(directory, invalid);
    }
    return loaded;
  }

  /** The file's place names its template, so that a reader finds CSAM-Q v2 at CSAM-Q/v2.yaml. */
  private static void checkPlace(String source, String name, CompiledTemplate template) {
    String expected = template.code() + "/v" + template.version();
    String place = name.substring(0, name.lastIndexOf('.'));
    if (!place.equals(expected)) {
      throw invalid(
          source,
          "declares "
              + template.code()
              + " version "
              + template.version()
              + ", so it must be at "
              + expected
              + name.substring(name.lastIndexOf('.')));
    }
  }

  private static InvalidTemplateException invalid(String source, String message) {
    return new InvalidTemplateException(
        source, List.of(new TemplateProblem(TemplateProblem.DOCUMENT, message)));
  }

  private static List<Path> templateFiles(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> TemplateFormat.ofFileName(file.getFileName().toString()).isPresent())
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new IllegalStateException("The template directory " + directory + " cannot be read", e);
    }
  }
}
