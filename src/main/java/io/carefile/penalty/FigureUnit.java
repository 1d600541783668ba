package io.carefile.penalty;

/** What a figure of a penalty step counts. */
public enum FigureUnit {
  /** An amount of money; the figure names its currency. */
  MONEY,
  /** Per cent: {@code 10} is ten per cent. */
  PERCENT,
  /** Units of the penalty's currency per unit of the figure's currency. */
  EXCHANGE_RATE,
  MONTHS,
  DAYS
}
