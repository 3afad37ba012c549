package io.github.microsite.dataview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers and dates as a reader of the page's language expects them: 92.14万 and 2.49亿 in Chinese, 921,402 in
 * English; 2025年5月16日 and 16 May 2025. A column of numbers shares one unit and one precision, so its digits line
 * up.
 */
public final class ValueFormat {

    static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}(-\\d{2})?$");
    private static final BigDecimal WAN = new BigDecimal(10_000);
    private static final BigDecimal YI = new BigDecimal(100_000_000);
    private static final int MAX_DECIMALS = 2;

    private final boolean chinese;

    public ValueFormat(String language) {
        this.chinese = Labels.isChinese(language);
    }

    /** Whether text is an ISO date ({@code 2025-05-16}) or month ({@code 2025-05}) this class can format. */
    public static boolean isDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return false;
        }
        try {
            if (text.length() == 10) {
                LocalDate.parse(text);
            } else {
                YearMonth.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code 2025-05-16} → 2025年5月16日 / 16 May 2025; a month → 2025年5月 / May 2025; anything else unchanged. */
    public String date(String iso) {
        if (!isDate(iso)) {
            return iso;
        }
        if (iso.length() == 7) {
            YearMonth month = YearMonth.parse(iso);
            return chinese ? month.getYear() + "年" + month.getMonthValue() + "月"
                    : month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
        }
        LocalDate day = LocalDate.parse(iso);
        return chinese ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    /** One number on its own, e.g. a chart label. */
    public String number(BigDecimal value) {
        return numbers(java.util.List.of(value)).format(value);
    }

    /** The shared unit and precision of a column of numbers. */
    public NumberColumn numbers(Collection<BigDecimal> values) {
        BigDecimal max = values.stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal divisor = BigDecimal.ONE;
        String suffix = "";
        if (chinese && max.compareTo(YI) >= 0) {
            divisor = YI;
            suffix = "亿";
        } else if (chinese && max.compareTo(WAN) >= 0) {
            divisor = WAN;
            suffix = "万";
        }
        int decimals = 0;
        for (BigDecimal value : values) {
            BigDecimal scaled = value.divide(divisor).stripTrailingZeros();
            decimals = Math.max(decimals, Math.min(MAX_DECIMALS, Math.max(0, scaled.scale())));
        }
        // Chinese groups digits by 万 and 亿, not in thousands: 9999 stays as it is.
        return new NumberColumn(divisor, suffix, decimals, !chinese);
    }

    /** Formats the numbers of one column alike. */
    public static final class NumberColumn {
        private final BigDecimal divisor;
        private final String suffix;
        private final int decimals;
        private final DecimalFormat format;

        NumberColumn(BigDecimal divisor, String suffix, int decimals, boolean grouping) {
            this.divisor = divisor;
            this.suffix = suffix;
            this.decimals = decimals;
            this.format = new DecimalFormat(grouping ? "#,##0" : "0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            this.format.setMinimumFractionDigits(decimals);
            this.format.setMaximumFractionDigits(decimals);
            this.format.setRoundingMode(RoundingMode.HALF_UP);
        }

        public String format(BigDecimal value) {
            return format.format(value.divide(divisor).setScale(decimals, RoundingMode.HALF_UP)) + suffix;
        }
    }
}
