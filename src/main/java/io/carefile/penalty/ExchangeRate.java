package io.carefile.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The rate at which a revenue in another currency is taken into the penalty's currency: one unit of
 * {@code currency} is {@code rate} units of the penalty's currency, as it stood on {@code date}.
 * The calculator checks it ({@link PenaltyCalculator}) and stores it with the calculation.
 *
 * @param currency the revenue's currency
 * @param rate units of the penalty's currency per unit of {@code currency}: positive, at most
 *     {@link PenaltyCalculator#RATE_DECIMALS} decimal places
 * @param date the day the rate is for
 */
public record ExchangeRate(Currency currency, BigDecimal rate, LocalDate date) {}
