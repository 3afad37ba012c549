package io.github.microsite.dataview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a chart. Bars start at zero (negative values go the other way), their lengths proportional to the values.
 * Horizontal bars put each label on its own line(s) above its bar, so long Chinese names never collide; vertical
 * bars and lines label every k-th category, k the smallest step at which the labels fit side by side.
 */
final class ChartLayout {

    static final double PAD = 8;
    static final double LABEL_SIZE = 14;
    static final double VALUE_SIZE = 13;
    private static final double BAR_THICKNESS = 16;
    private static final double ROW_GAP = 10;
    private static final double PLOT_HEIGHT = 180;

    private ChartLayout() {
    }

    static ChartDrawing layout(ChartSpec.Type type, List<ChartPoint> points) {
        return type == ChartSpec.Type.HBAR ? horizontal(points) : vertical(points, type == ChartSpec.Type.LINE);
    }

    private record Domain(double low, double high) {
        static Domain of(List<ChartPoint> points) {
            double low = 0;
            double high = 0;
            for (ChartPoint point : points) {
                low = Math.min(low, point.value().doubleValue());
                high = Math.max(high, point.value().doubleValue());
            }
            return high == low ? new Domain(low, low + 1) : new Domain(low, high);
        }

        double span() {
            return high - low;
        }
    }

    private static ChartDrawing horizontal(List<ChartPoint> points) {
        Domain domain = Domain.of(points);
        double valueRoom = points.stream().mapToDouble(p -> ChartDrawing.textWidth(p.display(), VALUE_SIZE)).max()
                .orElse(0) + 4;
        boolean anyNegative = domain.low() < 0;
        boolean anyPositive = domain.high() > 0 || !anyNegative;
        // Short labels (provinces, years) sit beside their bars on one line; longer ones get a line of their own.
        double widestLabel = points.stream().mapToDouble(p -> ChartDrawing.textWidth(p.label(), LABEL_SIZE)).max()
                .orElse(0);
        boolean beside = widestLabel <= ChartDrawing.WIDTH * 0.3;
        double labelColumn = beside ? widestLabel + 8 : 0;
        double x0 = PAD + labelColumn + (anyNegative ? valueRoom : 0);
        double x1 = ChartDrawing.WIDTH - PAD - (anyPositive ? valueRoom : 0);
        double scale = (x1 - x0) / domain.span();
        double zeroX = x0 + (0 - domain.low()) * scale;
        List<ChartDrawing.Rect> rects = new ArrayList<>();
        List<ChartDrawing.Text> texts = new ArrayList<>();
        double y = PAD;
        for (ChartPoint point : points) {
            if (beside) {
                texts.add(new ChartDrawing.Text(PAD, y + BAR_THICKNESS - 3, "start", List.of(point.label()), LABEL_SIZE,
                        "chart-label"));
            } else {
                List<String> labelLines = ChartDrawing.wrap(point.label(), LABEL_SIZE, ChartDrawing.WIDTH - 2 * PAD);
                texts.add(new ChartDrawing.Text(PAD, y + LABEL_SIZE, "start", labelLines, LABEL_SIZE, "chart-label"));
                y += LABEL_SIZE * ChartDrawing.Text.LINE_HEIGHT * labelLines.size() + 2;
            }
            double value = point.value().doubleValue();
            double end = zeroX + value * scale;
            rects.add(new ChartDrawing.Rect(Math.min(zeroX, end), y, Math.abs(end - zeroX), BAR_THICKNESS,
                    value < 0 ? "chart-bar chart-bar-negative" : "chart-bar"));
            double baseline = y + BAR_THICKNESS - 3;
            texts.add(value < 0
                    ? new ChartDrawing.Text(end - 4, baseline, "end", List.of(point.display()), VALUE_SIZE, "chart-value")
                    : new ChartDrawing.Text(end + 4, baseline, "start", List.of(point.display()), VALUE_SIZE, "chart-value"));
            y += BAR_THICKNESS + ROW_GAP;
        }
        double height = Math.max(y - ROW_GAP + PAD, 2 * PAD + BAR_THICKNESS);
        List<ChartDrawing.Line> lines = List.of(new ChartDrawing.Line(zeroX, PAD, zeroX, height - PAD, "chart-axis"));
        return new ChartDrawing(ChartDrawing.WIDTH, round(height), rects, texts, lines, List.of());
    }

    private static ChartDrawing vertical(List<ChartPoint> points, boolean line) {
        Domain domain = Domain.of(points);
        int n = Math.max(1, points.size());
        double slot = (ChartDrawing.WIDTH - 2 * PAD) / n;
        // Values are written over their bar only when every one fits its slot; the table below has them all anyway.
        double widestValue = points.stream().mapToDouble(p -> ChartDrawing.textWidth(p.display(), VALUE_SIZE)).max()
                .orElse(0);
        boolean showValues = widestValue <= slot - 2;
        double valueRoom = showValues ? VALUE_SIZE * 1.5 : 4;
        double top = PAD + (domain.high() > 0 ? valueRoom : 0);
        double plotBottom = top + PLOT_HEIGHT;
        double scale = PLOT_HEIGHT / domain.span();
        double zeroY = top + domain.high() * scale;
        List<ChartDrawing.Rect> rects = new ArrayList<>();
        List<ChartDrawing.Text> texts = new ArrayList<>();
        List<double[]> polyline = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            double value = point.value().doubleValue();
            double center = PAD + slot * i + slot / 2;
            double end = zeroY - value * scale;
            if (line) {
                polyline.add(new double[] {center, end});
                rects.add(new ChartDrawing.Rect(center - 3, end - 3, 6, 6, "chart-point"));
            } else {
                double barWidth = Math.max(1, Math.min(slot * 0.7, 48));
                rects.add(new ChartDrawing.Rect(center - barWidth / 2, Math.min(zeroY, end), barWidth,
                        Math.abs(end - zeroY), value < 0 ? "chart-bar chart-bar-negative" : "chart-bar"));
            }
            if (showValues) {
                double baseline = value < 0 ? end + VALUE_SIZE + 2 : end - 5;
                texts.add(new ChartDrawing.Text(center, baseline, "middle", List.of(point.display()), VALUE_SIZE,
                        "chart-value"));
            }
        }
        double negativeRoom = domain.low() < 0 && showValues ? valueRoom : 0;
        double labelTop = plotBottom + negativeRoom + 4;
        int step = labelStep(points, slot);
        double labelWidth = slot * step - 4;
        double bottom = labelTop;
        for (int i = 0; i < points.size(); i += step) {
            double center = PAD + slot * i + slot / 2;
            // Centred under its bar; near an edge it gets narrower (more lines) rather than sticking out.
            double width = Math.min(labelWidth, 2 * Math.min(center, ChartDrawing.WIDTH - center) - 2);
            List<String> lines = ChartDrawing.wrap(points.get(i).label(), LABEL_SIZE, width);
            ChartDrawing.Text label = new ChartDrawing.Text(center, labelTop + LABEL_SIZE, "middle", lines,
                    LABEL_SIZE, "chart-label");
            texts.add(label);
            bottom = Math.max(bottom, label.bottom());
        }
        List<ChartDrawing.Line> lines = List.of(
                new ChartDrawing.Line(PAD, zeroY, ChartDrawing.WIDTH - PAD, zeroY, "chart-axis"));
        return new ChartDrawing(ChartDrawing.WIDTH, round(bottom + PAD), rects, texts, lines, polyline);
    }

    /** The smallest k such that labels k slots apart fit beside each other (wrapping allowed, up to 3 lines). */
    static int labelStep(List<ChartPoint> points, double slot) {
        for (int step = 1; step < points.size(); step++) {
            double room = slot * step - 4;
            boolean fits = true;
            for (ChartPoint point : points) {
                if (ChartDrawing.wrap(point.label(), LABEL_SIZE, room).size() > 3
                        || ChartDrawing.textWidth(firstChar(point.label()), LABEL_SIZE) > room) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                return step;
            }
        }
        return Math.max(1, points.size());
    }

    private static String firstChar(String text) {
        return text.isEmpty() ? "" : text.substring(0, Character.charCount(text.codePointAt(0)));
    }

    private static double round(double value) {
        return Math.ceil(value);
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
