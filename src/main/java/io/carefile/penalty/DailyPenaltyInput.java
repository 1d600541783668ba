package io.carefile.penalty;

/**
 * What a daily-rate penalty is calculated from: an amount for each day a breach continues, within
 * the same statutory maximum as any other penalty for that breach.
 *
 * @param dailyAmount the amount per day, in the penalty's currency
 * @param days the days of continuing breach, 1 or more
 * @param worldwideRevenue qualifying worldwide revenue, of which the cap is a share
 * @param worldwideRevenueMonths the length of the period {@code worldwideRevenue} is for
 * @param exchangeRate the rate when {@code worldwideRevenue} is not in the penalty's currency
 * @param imposedForSameBreach what was already imposed for the same breach (zero for none), which
 *     the cap's remainder leaves out
 */
public record DailyPenaltyInput(
    Money dailyAmount,
    int days,
    Money worldwideRevenue,
    int worldwideRevenueMonths,
    ExchangeRate exchangeRate,
    Money imposedForSameBreach) {}
