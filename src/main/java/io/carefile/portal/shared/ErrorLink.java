package io.carefile.portal.shared;

/**
 * An entry of the GOV.UK error summary ({@code tags/errorSummary.html}): the text, and the link to
 * the focusable input it is about ({@code #id}), or to the part of the page it concerns.
 */
public record ErrorLink(String href, String text) {

  /** The error about the input whose id is {@code id}. */
  public static ErrorLink to(String id, String text) {
    return new ErrorLink("#" + id, text);
  }
}
