package io.github.microsite.dataview;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ChartDrawing} as inline SVG: {@code role="img"} with a {@code <title>} and a {@code <desc>} read
 * out instead of the shapes; colours come from the theme's CSS through classes (no inline style, so a strict CSP
 * holds and dark mode applies).
 */
final class ChartSvg {

    private ChartSvg() {
    }

    static String render(ChartDrawing drawing, ChartSpec.Type type, String id, String title, String description) {
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg class=\"chart chart-").append(type.name().toLowerCase(Locale.ROOT))
                .append("\" role=\"img\" viewBox=\"0 0 ").append(number(drawing.width())).append(' ')
                .append(number(drawing.height())).append("\" width=\"").append(number(drawing.width()))
                .append("\" height=\"").append(number(drawing.height())).append("\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>");
        for (ChartDrawing.Line line : drawing.lines()) {
            svg.append("<line class=\"").append(line.cssClass()).append("\" x1=\"").append(number(line.x1()))
                    .append("\" y1=\"").append(number(line.y1())).append("\" x2=\"").append(number(line.x2()))
                    .append("\" y2=\"").append(number(line.y2())).append("\"/>");
        }
        if (!drawing.polyline().isEmpty()) {
            svg.append("<polyline class=\"chart-line\" points=\"");
            List<double[]> points = drawing.polyline();
            for (int i = 0; i < points.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(number(points.get(i)[0])).append(',').append(number(points.get(i)[1]));
            }
            svg.append("\"/>");
        }
        for (ChartDrawing.Rect rect : drawing.rects()) {
            svg.append("<rect class=\"").append(rect.cssClass()).append("\" x=\"").append(number(rect.x()))
                    .append("\" y=\"").append(number(rect.y())).append("\" width=\"").append(number(rect.width()))
                    .append("\" height=\"").append(number(rect.height())).append("\"/>");
        }
        for (ChartDrawing.Text text : drawing.texts()) {
            svg.append("<text class=\"").append(text.cssClass()).append("\" x=\"").append(number(text.x()))
                    .append("\" y=\"").append(number(text.y())).append("\" font-size=\"").append(number(text.fontSize()))
                    .append('"');
            if (!text.anchor().equals("start")) {
                svg.append(" text-anchor=\"").append(text.anchor()).append('"');
            }
            svg.append('>');
            if (text.lines().size() == 1) {
                svg.append(Html.escape(text.lines().get(0)));
            } else {
                for (int i = 0; i < text.lines().size(); i++) {
                    svg.append("<tspan x=\"").append(number(text.x())).append('"');
                    if (i > 0) {
                        svg.append(" dy=\"").append(number(text.fontSize() * ChartDrawing.Text.LINE_HEIGHT)).append('"');
                    }
                    svg.append('>').append(Html.escape(text.lines().get(i))).append("</tspan>");
                }
            }
            svg.append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** At most one decimal: enough for a screen, and the same text on every build. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
