package io.carefile.common.text;

/**
 * Text a spreadsheet would take for a formula: Excel and LibreOffice evaluate a cell typed or
 * imported with one of these first characters, so text from users that starts with one is written
 * so that it never is (a quote-prefixed text cell, a leading apostrophe in CSV).
 */
public final class FormulaText {

  private FormulaText() {}

  public static boolean startsLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
