package io.carefile.template.definition;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The template directory holds invalid template files; the service must not start on it. */
public class TemplateDirectoryException extends RuntimeException {

  private final List<InvalidTemplateException> invalidFiles;

  public TemplateDirectoryException(Path directory, List<InvalidTemplateException> invalidFiles) {
    super(
        (invalidFiles.size() == 1 ? "1 template file" : invalidFiles.size() + " template files")
            + " in "
            + directory
            + " cannot be loaded:\n"
            + invalidFiles.stream()
                .map(InvalidTemplateException::getMessage)
                .collect(Collectors.joining("\n")));
    this.invalidFiles = List.copyOf(invalidFiles);
  }

  public List<InvalidTemplateException> invalidFiles() {
    return invalidFiles;
  }
}
