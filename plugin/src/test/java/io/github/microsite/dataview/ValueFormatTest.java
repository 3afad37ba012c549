package io.github.microsite.dataview;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueFormatTest {

    private static final ValueFormat ZH = new ValueFormat("zh-CN");
    private static final ValueFormat EN = new ValueFormat("en");

    @Test
    void chineseNumbersUseWanAndYiWithOnePrecisionPerColumn() {
        List<BigDecimal> column = List.of(new BigDecimal("921402"), new BigDecimal("45000"), new BigDecimal("2794356"));
        ValueFormat.NumberColumn numbers = ZH.numbers(column);
        assertEquals("92.14万", numbers.format(new BigDecimal("921402")));
        assertEquals("4.50万", numbers.format(new BigDecimal("45000")));
        assertEquals("279.44万", numbers.format(new BigDecimal("2794356")));
        assertEquals("2.49亿", ZH.number(new BigDecimal("249000000")));
        assertEquals("433", ZH.number(new BigDecimal("433")));
        assertEquals("9999", ZH.number(new BigDecimal("9999")));
    }

    @Test
    void englishNumbersAreGroupedWithOnePrecisionPerColumn() {
        ValueFormat.NumberColumn numbers = EN.numbers(List.of(new BigDecimal("219.32"), new BigDecimal("630.2"),
                new BigDecimal("41")));
        assertEquals("630.20", numbers.format(new BigDecimal("630.2")));
        assertEquals("41.00", numbers.format(new BigDecimal("41")));
        assertEquals("2,794,356", EN.number(new BigDecimal("2794356")));
        assertEquals("-1,500", EN.number(new BigDecimal("-1500")));
        assertEquals("0.33", EN.number(new BigDecimal("0.333333")), "at most two decimals");
    }

    @Test
    void datesAreWrittenAsTheLanguageWritesThem() {
        assertEquals("2025年5月16日", ZH.date("2025-05-16"));
        assertEquals("16 May 2025", EN.date("2025-05-16"));
        assertEquals("2024年11月", ZH.date("2024-11"));
        assertEquals("November 2024", EN.date("2024-11"));
        assertEquals("2024", EN.date("2024"));
        assertEquals("2025-02-30", ZH.date("2025-02-30"), "not a date: left as written");
        assertTrue(ValueFormat.isDate("2025-05-16"));
        assertFalse(ValueFormat.isDate("2025-13-01"));
    }
}
