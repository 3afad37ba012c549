package io.github.microsite.convert;

import io.github.microsite.dataview.ChartSpec;
import io.github.microsite.dataview.DataViewException;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.Map;
import java.util.Optional;

/** {@code chart::NAME[type=bar|hbar|column|line, label=F, value=F, count=F[:year], where="…", caption="…"]}. */
@Name("chart")
final class ChartMacro extends BlockMacroProcessor {

    private final PageInProgress pages;

    ChartMacro(PageInProgress pages) {
        this.pages = pages;
    }

    @Override
    public Object process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Optional<PageInProgress.Page> page = pages.get();
        if (page.isEmpty()) {
            return null;
        }
        DataViewContext context = page.get().dataViews;
        context.processing("chart::" + target + "[");
        try {
            Object id = attributes.get("id");
            String html = context.views().chart(ChartSpec.fromAttributes(target, attributes),
                    id == null ? context.nextChartId(target) : id.toString(), context.dataUrl());
            return createBlock(parent, "pass", html);
        } catch (DataViewException e) {
            context.error("chart::" + target + "[", "chart::" + target + "[]: " + e.getMessage());
            return null;
        }
    }
}
