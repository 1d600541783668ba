package io.carefile.penalty;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * One input figure of a penalty step, as the step used it.
 *
 * @param name what the figure is ({@code relevantRevenue}, {@code seriousnessShare}, …)
 * @param value the figure, exact
 * @param unit what it counts
 * @param currency the currency of a {@link FigureUnit#MONEY} amount, or the currency an {@link
 *     FigureUnit#EXCHANGE_RATE} converts from; null for the other units
 */
public record PenaltyFigure(String name, BigDecimal value, FigureUnit unit, Currency currency) {

  static PenaltyFigure money(String name, Money amount) {
    return new PenaltyFigure(name, amount.amount(), FigureUnit.MONEY, amount.currency());
  }

  static PenaltyFigure percent(String name, BigDecimal percent) {
    return new PenaltyFigure(name, percent, FigureUnit.PERCENT, null);
  }

  static PenaltyFigure rate(String name, ExchangeRate rate) {
    return new PenaltyFigure(name, rate.rate(), FigureUnit.EXCHANGE_RATE, rate.currency());
  }

  static PenaltyFigure count(String name, long count, FigureUnit unit) {
    return new PenaltyFigure(name, BigDecimal.valueOf(count), unit, null);
  }
}
