package io.github.microsite.dataview;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartLayoutTest {

    private static List<ChartPoint> points(String... labelsAndValues) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            points.add(new ChartPoint(labelsAndValues[i], new BigDecimal(labelsAndValues[i + 1]), labelsAndValues[i + 1]));
        }
        return points;
    }

    private static List<ChartDrawing.Rect> bars(ChartDrawing drawing) {
        return drawing.rects().stream().filter(r -> r.cssClass().startsWith("chart-bar")).toList();
    }

    private static void assertNoOverlapAndInside(ChartDrawing drawing) {
        List<ChartDrawing.Text> texts = drawing.texts();
        for (int i = 0; i < texts.size(); i++) {
            ChartDrawing.Text text = texts.get(i);
            assertTrue(text.left() >= -0.5 && text.left() + text.boxWidth() <= drawing.width() + 0.5,
                    "inside the picture: " + text);
            assertTrue(text.top() >= 0 && text.bottom() <= drawing.height(), "inside the picture: " + text);
            for (int j = i + 1; j < texts.size(); j++) {
                assertFalse(text.overlaps(texts.get(j)), text + " overlaps " + texts.get(j));
            }
        }
    }

    @Test
    void horizontalBarsAreProportionalToTheirValues() {
        ChartDrawing drawing = ChartLayout.layout(ChartSpec.Type.HBAR, points("全球", "4.5", "中国", "2.7"));
        List<ChartDrawing.Rect> bars = bars(drawing);
        assertEquals(4.5 / 2.7, bars.get(0).width() / bars.get(1).width(), 1e-9);
        assertEquals(bars.get(0).x(), bars.get(1).x(), "both start at zero");
        assertNoOverlapAndInside(drawing);
    }

    @Test
    void verticalBarsAreProportionalAndShareTheirBaseline() {
        ChartDrawing drawing = ChartLayout.layout(ChartSpec.Type.COLUMN, points("2024", "7", "2025", "8"));
        List<ChartDrawing.Rect> bars = bars(drawing);
        assertEquals(7.0 / 8.0, bars.get(0).height() / bars.get(1).height(), 1e-9);
        assertEquals(bars.get(0).y() + bars.get(0).height(), bars.get(1).y() + bars.get(1).height(), 1e-9);
        assertNoOverlapAndInside(drawing);
    }

    @Test
    void aZeroValueHasNoLengthAndNegativeValuesGoTheOtherWay() {
        ChartDrawing drawing = ChartLayout.layout(ChartSpec.Type.HBAR, points("up", "10", "none", "0", "down", "-5"));
        List<ChartDrawing.Rect> bars = bars(drawing);
        double zero = bars.get(1).x();
        assertEquals(0, bars.get(1).width(), 1e-9);
        assertEquals(zero, bars.get(0).x(), 1e-9, "a positive bar starts at zero");
        assertEquals(zero, bars.get(2).x() + bars.get(2).width(), 1e-9, "a negative bar ends at zero");
        assertEquals(2.0, bars.get(0).width() / bars.get(2).width(), 1e-9);
        assertTrue(bars.get(2).cssClass().contains("chart-bar-negative"));
        assertNoOverlapAndInside(drawing);

        ChartDrawing columns = ChartLayout.layout(ChartSpec.Type.COLUMN, points("up", "10", "down", "-5"));
        List<ChartDrawing.Rect> vertical = bars(columns);
        assertEquals(vertical.get(0).y() + vertical.get(0).height(), vertical.get(1).y(), 1e-9, "they meet at zero");
        assertNoOverlapAndInside(columns);
    }

    @Test
    void allZeroValuesDrawWithoutDividingByZero() {
        ChartDrawing drawing = ChartLayout.layout(ChartSpec.Type.COLUMN, points("a", "0", "b", "0"));
        bars(drawing).forEach(bar -> assertEquals(0, bar.height(), 1e-9));
        assertFalse(ChartSvg.render(drawing, ChartSpec.Type.COLUMN, "c", "t", "d").contains("NaN"));
    }

    @Test
    void oneBarFillsThePlot() {
        for (ChartSpec.Type type : ChartSpec.Type.values()) {
            ChartDrawing drawing = ChartLayout.layout(type, points("唯一的一项", "42"));
            assertEquals(type == ChartSpec.Type.LINE ? 0 : 1, bars(drawing).size());
            assertNoOverlapAndInside(drawing);
        }
    }

    @Test
    void fiftyBarsKeepEveryLabelApart() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            values.add("第" + (i + 1) + "个省份的名称");
            values.add(Integer.toString(i * 37 % 101));
        }
        for (ChartSpec.Type type : ChartSpec.Type.values()) {
            ChartDrawing drawing = ChartLayout.layout(type, points(values.toArray(String[]::new)));
            if (type != ChartSpec.Type.LINE) {
                assertEquals(50, bars(drawing).size());
            }
            assertNoOverlapAndInside(drawing);
        }
    }

    @Test
    void shortLabelsSitBesideTheirBarsAndTheBarsStartAfterThem() {
        ChartDrawing drawing = ChartLayout.layout(ChartSpec.Type.HBAR, points("上海市", "4", "天津市", "1"));
        ChartDrawing.Text label = drawing.texts().get(0);
        ChartDrawing.Rect bar = bars(drawing).get(0);
        assertTrue(label.y() > bar.y() && label.y() < bar.y() + bar.height(), "on the bar's row");
        assertTrue(bar.x() >= label.left() + label.boxWidth(), "the bar starts after the label");
        assertNoOverlapAndInside(drawing);
    }

    @Test
    void longLabelsWrapInsteadOfRunningOutOfThePicture() {
        ChartDrawing drawing = ChartLayout.layout(ChartSpec.Type.HBAR, points(
                "天津市人民政府办公厅关于印发天津市促进人工智能创新发展行动方案（2025—2027年）的通知", "1",
                "A rather long English label that has to wrap somewhere sensible", "2"));
        assertTrue(drawing.texts().get(0).lines().size() > 1);
        assertTrue(drawing.texts().get(2).lines().size() > 1);
        assertNoOverlapAndInside(drawing);
    }

    @Test
    void theSvgIsAnImageWithTitleAndDescriptionAndNoInlineStyle() {
        String svg = ChartSvg.render(ChartLayout.layout(ChartSpec.Type.HBAR, points("<b>", "1")),
                ChartSpec.Type.HBAR, "c1", "A & B", "one bar");
        assertTrue(svg.startsWith("<svg class=\"chart chart-hbar\" role=\"img\""), svg);
        assertTrue(svg.contains("aria-labelledby=\"c1-title c1-desc\""), svg);
        assertTrue(svg.contains("<title id=\"c1-title\">A &amp; B</title><desc id=\"c1-desc\">one bar</desc>"), svg);
        assertTrue(svg.contains("&lt;b&gt;"), "labels are escaped");
        assertFalse(svg.contains("style"), svg);
    }
}
