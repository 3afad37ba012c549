package io.github.microsite.dataview;

import java.util.Locale;
import java.util.Map;

/** The few words tables and charts add themselves, in Chinese or English (the page's language). */
final class Labels {

    private static final Map<String, String> ZH = Map.of(
            "source", "来源：", "download", "下载数据：", "chartData", "图表数据", "count", "数量",
            "listSeparator", "、", "yes", "是", "no", "否", "allData", "全部数据");
    private static final Map<String, String> EN = Map.of(
            "source", "Source: ", "download", "Download the data: ", "chartData", "Chart data", "count", "Count",
            "listSeparator", ", ", "yes", "yes", "no", "no", "allData", "all datasets");

    private final Map<String, String> strings;

    Labels(String language) {
        this.strings = isChinese(language) ? ZH : EN;
    }

    static boolean isChinese(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    String t(String key) {
        return strings.getOrDefault(key, key);
    }
}
