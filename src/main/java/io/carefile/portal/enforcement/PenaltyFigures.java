package io.carefile.portal.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import io.carefile.penalty.Money;
import io.carefile.portal.shared.NumberFormats;
import java.math.BigDecimal;
import java.util.Currency;

/** A penalty's figures as the pages write them: exact, never rounded again. */
final class PenaltyFigures {

  private PenaltyFigures() {}

  static String money(Money money) {
    return money == null ? "" : NumberFormats.money(money);
  }

  /** A stored {@code {amount, currency}}, as it was stored. */
  static String money(JsonNode money) {
    if (money == null || money.isNull() || !money.hasNonNull("amount")) {
      return "";
    }
    return money(
        new Money(
            decimal(money.get("amount")),
            Currency.getInstance(money.path("currency").asText("GBP"))));
  }

  /** A stored step input, {@code {name, value, unit, currency}}, as it was stored. */
  static String figure(JsonNode figure, EnforcementMessages words) {
    BigDecimal exact = decimal(figure.path("value"));
    String value = exact.toPlainString();
    String unit = figure.path("unit").asText();
    String currency = figure.path("currency").asText("");
    String written =
        switch (unit) {
          case "MONEY" ->
              money(new Money(exact, Currency.getInstance(currency.isEmpty() ? "GBP" : currency)));
          case "PERCENT" -> NumberFormats.formatted(exact) + "%";
          case "EXCHANGE_RATE" -> words.figureRate(value, currency);
          case "MONTHS" -> words.figureMonths(value);
          case "DAYS" -> words.figureDays(value);
          default -> value;
        };
    return figure.path("name").asText() + ": " + written;
  }

  /** A stored figure: a JSON number or its text, without trailing zeros a reader added. */
  private static BigDecimal decimal(JsonNode value) {
    BigDecimal exact = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
    BigDecimal stripped = exact.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
