package io.carefile.template.definition;

import java.util.List;
import java.util.stream.Collectors;

/** A template document that cannot be published, with every problem found in it. */
public class InvalidTemplateException extends RuntimeException {

  private final List<TemplateProblem> problems;

  /**
   * @param source the file or upload the template came from, named in the message
   */
  public InvalidTemplateException(String source, List<TemplateProblem> problems) {
    super(describe(source, problems));
    this.problems = List.copyOf(problems);
  }

  public List<TemplateProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<TemplateProblem> problems) {
    return "Template "
        + source
        + " is invalid ("
        + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + "):"
        + problems.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining());
  }
}
