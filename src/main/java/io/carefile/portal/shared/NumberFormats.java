package io.carefile.portal.shared;

import io.carefile.penalty.Money;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Counts and figures as people in the UK read them: {@code {value.formatted}} writes 1234567 as
 * "1,234,567" and 1234.50 as "1,234.50", keeping every decimal place the value has; {@code
 * {amount.money}} writes an amount of money with its currency's symbol: "£18,000,000.00".
 */
@TemplateExtension
public final class NumberFormats {

  private NumberFormats() {}

  public static String formatted(Number value) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
    if (value instanceof BigDecimal decimal) {
      int places = Math.max(decimal.scale(), 0);
      format.setMinimumFractionDigits(places);
      format.setMaximumFractionDigits(places);
    } else if (value instanceof Double || value instanceof Float) {
      format.setMaximumFractionDigits(340);
    }
    return format.format(value);
  }

  public static String money(Money money) {
    Currency currency = money.currency();
    String symbol = currency.getSymbol(Locale.UK);
    String prefix = symbol.equals(currency.getCurrencyCode()) ? symbol + " " : symbol;
    return money.amount().signum() < 0
        ? "−" + prefix + formatted(money.amount().negate())
        : prefix + formatted(money.amount());
  }
}
