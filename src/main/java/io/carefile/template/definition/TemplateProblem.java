package io.carefile.template.definition;

/**
 * One thing wrong with a template document.
 *
 * @param path where, in the document: {@code rules[2].expression}, {@code sections[0].fields[3]
 *     .type}, or {@code document} for the document as a whole
 * @param message what is wrong, for the regulator's template author
 */
public record TemplateProblem(String path, String message) {

  public static final String DOCUMENT = "document";

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
