package io.github.microsite.dataview;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart as shapes in a 360-unit-wide coordinate system (the narrowest phone, so 14-unit text is never smaller than
 * 14 px there; wider screens scale it up). Kept as data so tests can measure it: bar lengths, and the boxes of every
 * text, which must not overlap.
 */
record ChartDrawing(double width, double height, List<Rect> rects, List<Text> texts, List<Line> lines,
                    List<double[]> polyline) {

    static final double WIDTH = 360;

    record Rect(double x, double y, double width, double height, String cssClass) {
    }

    /** Text drawn from (x, y) = its first baseline; the box is estimated from the characters. */
    record Text(double x, double y, String anchor, List<String> lines, double fontSize, String cssClass) {
        static final double LINE_HEIGHT = 1.25;

        double boxWidth() {
            return lines.stream().mapToDouble(line -> ChartDrawing.textWidth(line, fontSize)).max().orElse(0);
        }

        double left() {
            return switch (anchor) {
                case "middle" -> x - boxWidth() / 2;
                case "end" -> x - boxWidth();
                default -> x;
            };
        }

        double top() {
            return y - fontSize * 0.9;
        }

        double bottom() {
            return y + fontSize * LINE_HEIGHT * (lines.size() - 1) + fontSize * 0.3;
        }

        boolean overlaps(Text other) {
            return left() < other.left() + other.boxWidth() && other.left() < left() + boxWidth()
                    && top() < other.bottom() && other.top() < bottom();
        }
    }

    record Line(double x1, double y1, double x2, double y2, String cssClass) {
    }

    /**
     * The width text takes, estimated: CJK and full-width characters one em, others 0.62 em (wider than most Latin
     * letters and digits, so the estimate errs towards more room).
     */
    static double textWidth(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            ems += isWide(c) ? 1.0 : 0.62;
            i += Character.charCount(c);
        }
        return ems * fontSize;
    }

    static boolean isWide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    /** Breaks text into lines no wider than {@code maxWidth}: at spaces for Latin text, anywhere between CJK. */
    static List<String> wrap(String text, double fontSize, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lastBreak = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            line.appendCodePoint(c);
            if (c == ' ') {
                lastBreak = line.length();
            }
            if (textWidth(line.toString().strip(), fontSize) > maxWidth && line.length() > 1) {
                String carry;
                if (!isWide(c) && lastBreak > 0) {
                    carry = line.substring(lastBreak);
                    line.setLength(lastBreak);
                } else {
                    carry = line.substring(line.length() - Character.charCount(c));
                    line.setLength(line.length() - Character.charCount(c));
                }
                lines.add(line.toString().strip());
                line = new StringBuilder(carry);
                lastBreak = -1;
            }
        }
        if (!line.toString().isBlank() || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }
}
