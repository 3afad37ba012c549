package io.github.microsite.convert;

import java.util.Map;

/** Asciidoctor's built-in labels in Chinese, for sites whose language is zh-*; any can be overridden as attributes. */
final class ChineseCaptions {

    static final Map<String, Object> ATTRIBUTES = Map.ofEntries(
            Map.entry("table-caption", "表"),
            Map.entry("figure-caption", "图"),
            Map.entry("example-caption", "示例"),
            Map.entry("listing-caption", "清单"),
            Map.entry("appendix-caption", "附录"),
            Map.entry("note-caption", "注"),
            Map.entry("tip-caption", "提示"),
            Map.entry("important-caption", "重要"),
            Map.entry("warning-caption", "警告"),
            Map.entry("caution-caption", "注意"),
            Map.entry("toc-title", "目录"),
            Map.entry("untitled-label", "无标题"),
            Map.entry("version-label", "版本"),
            Map.entry("last-update-label", "最后更新"));

    private ChineseCaptions() {
    }
}
