package io.github.microsite.dataview;

import java.math.BigDecimal;

/** One bar or point: its label, its value, and the value as the reader sees it (with the unit). */
public record ChartPoint(String label, BigDecimal value, String display) {
}
