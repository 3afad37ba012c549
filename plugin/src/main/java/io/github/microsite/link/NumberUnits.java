package io.github.microsite.link;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese text may break between any two characters, so a browser can end a line inside "近 6000 亿元" ("6000 亿 /
 * 元") or "4700 家以上" ("4700 家以 / 上"). A number and the Chinese unit that follows it — magnitude (万, 亿), measure
 * or counter (元, 家, 个, 年, 小时 …) and a qualifier (以上, 以内, 多 …) — is put in a {@code <span class="qty">} that
 * the theme keeps on one line. A span only removes line-break opportunities inside it, so catching a little more
 * than a unit ("2025 年初") never breaks anything that was not breakable before.
 *
 * <p>Only a Chinese unit makes a match, so Latin text is never touched. Text inside code, preformatted blocks, SVG,
 * MathML, scripts and forms stays as written, and so do attributes (only text nodes are read). The parts of a date or
 * duration ("2025 年 6 月") share one span while it stays short ({@value #MAX_SPAN} characters), so no span is wider than a
 * 360 px phone's line.
 */
public final class NumberUnits {

    /** The class the theme's CSS keeps on one line. */
    public static final String CLASS = "qty";
    /** Longest span made by joining adjacent quantities; a longer run is wrapped quantity by quantity. */
    static final int MAX_SPAN = 16;

    private static final String SPACE = "[ \\u00A0\\u2009\\u202F]?";
    private static final String NUMBER = "\\d+(?:[.,]\\d+)*%?";
    private static final String MAGNITUDE = "(?:万亿|千亿|百亿|亿|千万|百万|万|千)";
    /** Longer words before the shorter ones they start with (小时 before 小, 分钟 before 分). */
    private static final String COUNTER = "(?:个百分点|百分点|个月|个|年度|季度|年|月|日|天|周|小时|分钟|秒钟|秒|分"
            + "|人民币|美元|欧元|港元|元|家|倍|项|人次|人|名|款|件|份|种|次|条|例|位|部|台|张|所|座|岁|届|篇|册|页|类|批"
            + "|户|套|辆|架|吨|公里|千米|平方米|米|千克|克|字)";
    private static final String QUALIFIER = "(?:以上|以下|以内|之内|以来|左右|多|余|初|底|末|内|级|前|后)";
    /**
     * One quantity: an optional 第, a number or range of numbers (not the end of a Latin word or version such as
     * GPT-4), then at least one of magnitude, counter and qualifier ("50 余万名", "3 倍以上", "5–10 年内", "30% 以上").
     */
    private static final Pattern QUANTITY = Pattern.compile("(?:第" + SPACE + ")?(?<![\\p{IsLatin}\\d.,/:_-])" + NUMBER
            + "(?:" + SPACE + "[-–—~～]" + SPACE + NUMBER + ")?" + SPACE + "[余多]?"
            + "(?:" + MAGNITUDE + COUNTER + "?" + QUALIFIER + "?|" + COUNTER + QUALIFIER + "?|" + QUALIFIER + ")");
    private static final Pattern ONLY_SPACE = Pattern.compile(SPACE);
    /** A quantity the next one continues: a date ("2025 年 6 月 1 日") or a duration ("1 小时 30 分钟"). */
    private static final Pattern CONTINUED = Pattern.compile(".*(?:年|月|小时|分钟)$");
    private static final Set<String> AS_WRITTEN = Set.of("code", "pre", "kbd", "samp", "var", "script", "style",
            "svg", "math", "textarea", "select", "option", "button", "title", "template");

    private NumberUnits() {
    }

    static void keepTogether(Element root) {
        List<TextNode> candidates = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && hasDigit(text.getWholeText()) && !asWritten(text)) {
                    candidates.add(text);
                }
            }
        }, root);
        // Split after the walk: replacing nodes while traversing would skip or revisit them.
        candidates.forEach(NumberUnits::wrap);
    }

    private static void wrap(TextNode text) {
        String whole = text.getWholeText();
        List<int[]> spans = spans(whole);
        if (spans.isEmpty()) {
            return;
        }
        int done = 0;
        for (int[] span : spans) {
            if (span[0] > done) {
                text.before(new TextNode(whole.substring(done, span[0])));
            }
            Element quantity = new Element("span").addClass(CLASS).text(whole.substring(span[0], span[1]));
            text.before(quantity);
            done = span[1];
        }
        if (done < whole.length()) {
            text.text(whole.substring(done));
        } else {
            text.remove();
        }
    }

    /**
     * Start and end of each span in plain text: quantities, a date or duration joined with its next part when only a
     * space separates them ("2024 年以来 10 个省市" stays two: the second quantity starts something new). The theme's
     * templates use it for dataset text (compose/QuantityText), which never passes through this stage.
     */
    public static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(text);
        while (matcher.find()) {
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && matcher.end() - last[0] <= MAX_SPAN
                    && CONTINUED.matcher(text.substring(last[0], last[1])).matches()
                    && ONLY_SPACE.matcher(text.substring(last[1], matcher.start())).matches()) {
                last[1] = matcher.end();
            } else {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        return spans;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean asWritten(TextNode text) {
        for (Element parent = (Element) text.parent(); parent != null; parent = parent.parent()) {
            if (AS_WRITTEN.contains(parent.normalName()) || parent.hasClass(CLASS)) {
                return true;
            }
        }
        return false;
    }
}
